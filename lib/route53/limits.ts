// Every number here comes from an AWS document; the comment names it so a reviewer can check it.

/** DG "Quotas" › Maximums on API requests: ≤ 1,000 ResourceRecord elements per ChangeResourceRecordSets request. */
export const MAX_RESOURCE_RECORDS_PER_BATCH = 1_000;
/** DG "Quotas" › Maximums on API requests: ≤ 32,000 characters (spaces included) across all Value elements. */
export const MAX_VALUE_CHARS_PER_BATCH = 32_000;
/** DG "Quotas": an UPSERT counts each ResourceRecord element and each Value character twice. */
export const UPSERT_WEIGHT = 2;

/** DG "Quotas" › Quotas on records: values in a record. */
export const MAX_VALUES_PER_RECORD = 400;
/** API Reference, ResourceRecord › Value: maximum length of 4000. */
export const MAX_VALUE_LENGTH = 4_000;
/** DG "Supported DNS record types" › TXT: a single string can include up to 255 characters. */
export const MAX_CHARACTER_STRING_LENGTH = 255;

/** DG "Quotas" › Quotas on records: geolocation, latency, multivalue answer and weighted records per name and type. */
export const MAX_RECORDS_PER_POLICY_GROUP = 100;
/** DG "Quotas" › Quotas on records: geoproximity records per name and type. */
export const MAX_GEOPROXIMITY_RECORDS = 30;

/** API Reference, ResourceRecordSet › SetIdentifier: length 1–128. */
export const SET_IDENTIFIER_MAX_LENGTH = 128;
/** API Reference, ResourceRecordSet › TTL: 0–2147483647 seconds. */
export const TTL_MAX = 2_147_483_647;
/** API Reference, ResourceRecordSet › Weight: 0–255. */
export const WEIGHT_MAX = 255;
/** API Reference, GeoProximityLocation › Bias: −99..99. */
export const BIAS_MIN = -99;
export const BIAS_MAX = 99;

/** DG "DNS domain name format": a label is at most 63 bytes, a name at most 255 bytes including the dots. */
export const MAX_LABEL_LENGTH = 63;
export const MAX_NAME_LENGTH = 255;

/** DG "Quotas" › Quotas on records: records per hosted zone (default; the quota can be raised). */
export const RECORDS_PER_HOSTED_ZONE = 10_000;
