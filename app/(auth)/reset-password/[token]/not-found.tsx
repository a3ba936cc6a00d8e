import { DeadResetLink } from "@/components/passwords/dead-reset-link";

/** A reset address that is not even the shape of a link Stocktake issues (a 404). */
export default function ResetLinkNotFound() {
  return <DeadResetLink state="unknown" />;
}
