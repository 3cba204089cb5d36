/** Moved to lib/alb/domain (the ALB domain types live in lib/alb); kept so callers not yet moved still compile. */
export type * from "@/lib/alb/domain";
