/** The Name tag of an EC2 resource. */
export function nameTag(tags: { Key?: string; Value?: string }[] | undefined): string | undefined {
  return tags?.find((tag) => tag.Key === "Name")?.Value || undefined;
}
