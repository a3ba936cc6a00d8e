// Kept only while lib/boardpacks/mutations.ts imports from here: the lead
// switches that import to "@/lib/meetings/queries" (requireMeeting) and
// deletes this file. Nothing in lib/meetings uses it.
export { MEETING_NOT_FOUND, requireMeeting as meetingFor } from "./queries";
