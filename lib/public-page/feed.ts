// The public page's Atom feed (/public/<slug>/feed.xml), so that families and
// local forums can follow it: one entry per approved summary, public "you
// said, we did" and published minutes, newest first. Entry ids name the
// entry's row, so a reader never sees one twice; links go to the page's anchors.
import { Feed } from "feed";
import { absoluteUrl } from "@/lib/urls";
import type { PublicPage } from "./shape";
import { WORDS } from "./words";

type Entry = { id: string; title: string; anchor: string; date: Date; content: string };

const excerpt = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function publicFeedEntries(page: PublicPage): Entry[] {
  const entries: Entry[] = [
    ...page.areas.map((area) => ({
      id: `summary:${area.id}`,
      title: `${WORDS.plan.heading}: ${area.title}`,
      anchor: area.anchor,
      date: area.approvedAt,
      content: [`${WORDS.plan.doing}: ${area.doing}`, `${WORDS.plan.changed}: ${area.changed}`, `${WORDS.plan.next}: ${area.next}`].join("\n\n"),
    })),
    ...page.said.map((item) => ({
      id: `feedback:${item.id}`,
      title: `${WORDS.families.said}: ${item.said}`,
      anchor: item.anchor,
      date: item.publicAt,
      content: `${WORDS.families.did}: ${item.did}`,
    })),
    ...page.minutes.map((meeting) => ({
      id: `minutes:${meeting.id}`,
      title: `${meeting.board}: ${meeting.title}, ${meeting.date}`,
      anchor: meeting.anchor,
      date: meeting.publishedAt,
      content: excerpt(meeting.minutes),
    })),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The feed as Atom XML. */
export function publicFeedXml(page: PublicPage): string {
  const home = absoluteUrl(page.path);
  const feed = new Feed({
    id: `${home}#feed`,
    title: `${page.name}: ${WORDS.heading}`,
    link: home,
    language: "en-GB",
    updated: page.updated ?? new Date(0),
    feedLinks: { atom: absoluteUrl(page.feedPath) },
    generator: "Stocktake",
    copyright: page.name,
  });
  for (const entry of publicFeedEntries(page)) {
    feed.addItem({ id: `${home}#${entry.id}`, title: entry.title, link: `${home}#${entry.anchor}`, date: entry.date, content: entry.content });
  }
  return feed.atom1();
}
