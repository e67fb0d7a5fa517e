// The profile parser's public API: parse a profile, name its categories, key its names.

export { MAX_PROFILE_BYTES, parseProfile } from './parse-profile';
export { ProfileParseError } from './errors';
export { CATEGORY_NAMES, categoryName, isKnownCategory, splitCategoryCodes } from './categories';
export { authorKey, normalizeName, searchKey } from './names';
export { MAX_WARNINGS } from './warning-list';
export type { Paper, ParseOptions, ParseWarning, Profile, ProfileStats } from './types';
