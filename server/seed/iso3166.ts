// ISO 3166-1 alpha-3 → alpha-2, for the codes the seed's jurisdictions carry (the reference CSVs
// give alpha-3; CLDR names regions by alpha-2). Taken from Debian iso-codes 4.15.0
// (/usr/share/iso-codes/json/iso_3166-1.json), the list the reference README names for its
// alpha-3 codes, and checked pair by pair against CLDR's English name for the alpha-2 code (shown
// in brackets where it is worded differently). `npm run seed:cldr` stops on a code not listed here.
export const ISO3_TO_ISO2: Readonly<Record<string, string>> = {
  ABW: 'AW', // Aruba
  AFG: 'AF', // Afghanistan
  AGO: 'AO', // Angola
  AIA: 'AI', // Anguilla
  ALB: 'AL', // Albania
  AND: 'AD', // Andorra
  ARE: 'AE', // United Arab Emirates
  ARG: 'AR', // Argentina
  ARM: 'AM', // Armenia
  ASM: 'AS', // American Samoa
  ATG: 'AG', // Antigua and Barbuda (CLDR en: Antigua & Barbuda)
  AUS: 'AU', // Australia
  AUT: 'AT', // Austria
  AZE: 'AZ', // Azerbaijan
  BDI: 'BI', // Burundi
  BEL: 'BE', // Belgium
  BEN: 'BJ', // Benin
  BFA: 'BF', // Burkina Faso
  BGD: 'BD', // Bangladesh
  BGR: 'BG', // Bulgaria
  BHR: 'BH', // Bahrain
  BHS: 'BS', // Bahamas
  BIH: 'BA', // Bosnia and Herzegovina (CLDR en: Bosnia & Herzegovina)
  BLR: 'BY', // Belarus
  BLZ: 'BZ', // Belize
  BMU: 'BM', // Bermuda
  BOL: 'BO', // Bolivia, Plurinational State of (CLDR en: Bolivia)
  BRA: 'BR', // Brazil
  BRB: 'BB', // Barbados
  BRN: 'BN', // Brunei Darussalam (CLDR en: Brunei)
  BTN: 'BT', // Bhutan
  BWA: 'BW', // Botswana
  CAF: 'CF', // Central African Republic
  CAN: 'CA', // Canada
  CHE: 'CH', // Switzerland
  CHL: 'CL', // Chile
  CHN: 'CN', // China
  CIV: 'CI', // Côte d'Ivoire (CLDR en: Côte d’Ivoire)
  CMR: 'CM', // Cameroon
  COD: 'CD', // Congo, The Democratic Republic of the (CLDR en: Congo - Kinshasa)
  COG: 'CG', // Congo (CLDR en: Congo - Brazzaville)
  COK: 'CK', // Cook Islands
  COL: 'CO', // Colombia
  COM: 'KM', // Comoros
  CPV: 'CV', // Cabo Verde (CLDR en: Cape Verde)
  CRI: 'CR', // Costa Rica
  CUB: 'CU', // Cuba
  CYM: 'KY', // Cayman Islands
  CYP: 'CY', // Cyprus
  CZE: 'CZ', // Czechia
  DEU: 'DE', // Germany
  DJI: 'DJ', // Djibouti
  DMA: 'DM', // Dominica
  DNK: 'DK', // Denmark
  DOM: 'DO', // Dominican Republic
  DZA: 'DZ', // Algeria
  ECU: 'EC', // Ecuador
  EGY: 'EG', // Egypt
  ERI: 'ER', // Eritrea
  ESP: 'ES', // Spain
  EST: 'EE', // Estonia
  ETH: 'ET', // Ethiopia
  FIN: 'FI', // Finland
  FJI: 'FJ', // Fiji
  FRA: 'FR', // France
  FSM: 'FM', // Micronesia, Federated States of (CLDR en: Micronesia)
  GAB: 'GA', // Gabon
  GBR: 'GB', // United Kingdom
  GEO: 'GE', // Georgia
  GHA: 'GH', // Ghana
  GIB: 'GI', // Gibraltar
  GIN: 'GN', // Guinea
  GMB: 'GM', // Gambia
  GNB: 'GW', // Guinea-Bissau
  GNQ: 'GQ', // Equatorial Guinea
  GRC: 'GR', // Greece
  GRD: 'GD', // Grenada
  GTM: 'GT', // Guatemala
  GUY: 'GY', // Guyana
  HKG: 'HK', // Hong Kong (CLDR en: Hong Kong SAR China)
  HND: 'HN', // Honduras
  HRV: 'HR', // Croatia
  HTI: 'HT', // Haiti
  HUN: 'HU', // Hungary
  IDN: 'ID', // Indonesia
  IND: 'IN', // India
  IRL: 'IE', // Ireland
  IRN: 'IR', // Iran, Islamic Republic of (CLDR en: Iran)
  IRQ: 'IQ', // Iraq
  ISL: 'IS', // Iceland
  ISR: 'IL', // Israel
  ITA: 'IT', // Italy
  JAM: 'JM', // Jamaica
  JOR: 'JO', // Jordan
  JPN: 'JP', // Japan
  KAZ: 'KZ', // Kazakhstan
  KEN: 'KE', // Kenya
  KGZ: 'KG', // Kyrgyzstan
  KHM: 'KH', // Cambodia
  KIR: 'KI', // Kiribati
  KNA: 'KN', // Saint Kitts and Nevis (CLDR en: St. Kitts & Nevis)
  KOR: 'KR', // Korea, Republic of (CLDR en: South Korea)
  KWT: 'KW', // Kuwait
  LAO: 'LA', // Lao People's Democratic Republic (CLDR en: Laos)
  LBN: 'LB', // Lebanon
  LBR: 'LR', // Liberia
  LBY: 'LY', // Libya
  LCA: 'LC', // Saint Lucia (CLDR en: St. Lucia)
  LIE: 'LI', // Liechtenstein
  LKA: 'LK', // Sri Lanka
  LSO: 'LS', // Lesotho
  LTU: 'LT', // Lithuania
  LUX: 'LU', // Luxembourg
  LVA: 'LV', // Latvia
  MAC: 'MO', // Macao (CLDR en: Macao SAR China)
  MAR: 'MA', // Morocco
  MCO: 'MC', // Monaco
  MDA: 'MD', // Moldova, Republic of (CLDR en: Moldova)
  MDG: 'MG', // Madagascar
  MDV: 'MV', // Maldives
  MEX: 'MX', // Mexico
  MHL: 'MH', // Marshall Islands
  MKD: 'MK', // North Macedonia
  MLI: 'ML', // Mali
  MLT: 'MT', // Malta
  MMR: 'MM', // Myanmar (CLDR en: Myanmar (Burma))
  MNE: 'ME', // Montenegro
  MNG: 'MN', // Mongolia
  MOZ: 'MZ', // Mozambique
  MRT: 'MR', // Mauritania
  MSR: 'MS', // Montserrat
  MUS: 'MU', // Mauritius
  MWI: 'MW', // Malawi
  MYS: 'MY', // Malaysia
  NAM: 'NA', // Namibia
  NER: 'NE', // Niger
  NGA: 'NG', // Nigeria
  NIC: 'NI', // Nicaragua
  NLD: 'NL', // Netherlands
  NOR: 'NO', // Norway
  NPL: 'NP', // Nepal
  NRU: 'NR', // Nauru
  NZL: 'NZ', // New Zealand
  OMN: 'OM', // Oman
  PAK: 'PK', // Pakistan
  PAN: 'PA', // Panama
  PER: 'PE', // Peru
  PHL: 'PH', // Philippines
  PLW: 'PW', // Palau
  PNG: 'PG', // Papua New Guinea
  POL: 'PL', // Poland
  PRI: 'PR', // Puerto Rico
  PRT: 'PT', // Portugal
  PRY: 'PY', // Paraguay
  PSE: 'PS', // Palestine, State of (CLDR en: Palestinian Territories)
  QAT: 'QA', // Qatar
  ROU: 'RO', // Romania
  RUS: 'RU', // Russian Federation (CLDR en: Russia)
  RWA: 'RW', // Rwanda
  SAU: 'SA', // Saudi Arabia
  SDN: 'SD', // Sudan
  SEN: 'SN', // Senegal
  SGP: 'SG', // Singapore
  SLB: 'SB', // Solomon Islands
  SLE: 'SL', // Sierra Leone
  SLV: 'SV', // El Salvador
  SMR: 'SM', // San Marino
  SOM: 'SO', // Somalia
  SRB: 'RS', // Serbia
  SSD: 'SS', // South Sudan
  STP: 'ST', // Sao Tome and Principe (CLDR en: São Tomé & Príncipe)
  SUR: 'SR', // Suriname
  SVK: 'SK', // Slovakia
  SVN: 'SI', // Slovenia
  SWE: 'SE', // Sweden
  SWZ: 'SZ', // Eswatini
  SXM: 'SX', // Sint Maarten (Dutch part) (CLDR en: Sint Maarten)
  SYC: 'SC', // Seychelles
  SYR: 'SY', // Syrian Arab Republic (CLDR en: Syria)
  TCA: 'TC', // Turks and Caicos Islands (CLDR en: Turks & Caicos Islands)
  TCD: 'TD', // Chad
  TGO: 'TG', // Togo
  THA: 'TH', // Thailand
  TJK: 'TJ', // Tajikistan
  TKM: 'TM', // Turkmenistan
  TLS: 'TL', // Timor-Leste
  TON: 'TO', // Tonga
  TTO: 'TT', // Trinidad and Tobago (CLDR en: Trinidad & Tobago)
  TUN: 'TN', // Tunisia
  TUR: 'TR', // Türkiye
  TWN: 'TW', // Taiwan, Province of China (CLDR en: Taiwan)
  TZA: 'TZ', // Tanzania, United Republic of (CLDR en: Tanzania)
  UGA: 'UG', // Uganda
  UKR: 'UA', // Ukraine
  URY: 'UY', // Uruguay
  USA: 'US', // United States
  UZB: 'UZ', // Uzbekistan
  VAT: 'VA', // Holy See (Vatican City State) (CLDR en: Vatican City)
  VCT: 'VC', // Saint Vincent and the Grenadines (CLDR en: St. Vincent & Grenadines)
  VEN: 'VE', // Venezuela, Bolivarian Republic of (CLDR en: Venezuela)
  VGB: 'VG', // Virgin Islands, British (CLDR en: British Virgin Islands)
  VIR: 'VI', // Virgin Islands, U.S. (CLDR en: U.S. Virgin Islands)
  VNM: 'VN', // Viet Nam (CLDR en: Vietnam)
  VUT: 'VU', // Vanuatu
  WSM: 'WS', // Samoa
  YEM: 'YE', // Yemen
  ZAF: 'ZA', // South Africa
  ZMB: 'ZM', // Zambia
  ZWE: 'ZW', // Zimbabwe
};
