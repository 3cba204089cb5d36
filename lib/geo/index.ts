export { CONTINENTS, continentByCode, isContinentCode } from "./continents";
export type { Continent, ContinentCode } from "./continents";
export {
  COUNTRIES,
  UNSUPPORTED_COUNTRY_CODES,
  continentOf,
  countryByAlpha2,
  countryByNumeric,
} from "./countries";
export type { Country } from "./countries";
export { US_STATES, usStateByCode, usStateByFips } from "./subdivisions";
export type { Subdivision } from "./subdivisions";
