#pragma once
// Country facts as data: ISO code | adjectives/demonyms | capitals and major cities | other names.
// Our own table (facts from public references); ICU supplies the official English names.
namespace kg::detail {
inline constexpr const char* kCountryRows[] = {
    "AF|Afghan|Kabul|", "AL|Albanian|Tirana|", "DZ|Algerian|Algiers|", "AO|Angolan|Luanda|",
    "AR|Argentine,Argentinian|Buenos Aires|", "AM|Armenian|Yerevan|", "AU|Australian|Canberra,Sydney,Melbourne|",
    "AT|Austrian|Vienna|", "AZ|Azerbaijani,Azeri|Baku|", "BH|Bahraini|Manama|", "BD|Bangladeshi|Dhaka|",
    "BY|Belarusian,Belarussian|Minsk|", "BE|Belgian|Brussels|", "BO|Bolivian|La Paz,Sucre|",
    "BA|Bosnian|Sarajevo|Bosnia and Herzegovina,Bosnia", "BR|Brazilian|Brasilia,Brasília,Rio de Janeiro,Sao Paulo,São Paulo|",
    "BG|Bulgarian|Sofia|", "KH|Cambodian|Phnom Penh|", "CM|Cameroonian|Yaounde,Yaoundé|",
    "CA|Canadian|Ottawa,Toronto,Montreal|", "CL|Chilean|Santiago|", "CN|Chinese|Beijing,Shanghai,Hong Kong|PRC,People's Republic of China",
    "CO|Colombian|Bogota,Bogotá|", "HR|Croatian,Croat|Zagreb|", "CU|Cuban|Havana|", "CY|Cypriot|Nicosia|",
    "CZ|Czech|Prague|Czech Republic,Czechia", "DK|Danish,Dane|Copenhagen|", "EG|Egyptian|Cairo|",
    "EE|Estonian|Tallinn|", "ET|Ethiopian|Addis Ababa|", "FI|Finnish,Finn|Helsinki|", "FR|French|Paris|",
    "GE|Georgian|Tbilisi|", "DE|German|Berlin,Bonn,Munich,Frankfurt,Hamburg|Federal Republic of Germany",
    "GH|Ghanaian|Accra|", "GR|Greek|Athens|", "HU|Hungarian|Budapest|", "IS|Icelandic|Reykjavik|",
    "IN|Indian|New Delhi,Delhi,Mumbai|", "ID|Indonesian|Jakarta|", "IR|Iranian|Tehran|Islamic Republic of Iran",
    "IQ|Iraqi|Baghdad|", "IE|Irish|Dublin|", "IL|Israeli|Jerusalem,Tel Aviv|", "IT|Italian|Rome,Milan|",
    "JP|Japanese|Tokyo,Osaka|", "JO|Jordanian|Amman|", "KZ|Kazakh,Kazakhstani|Astana,Nur-Sultan,Almaty,Shymkent,Aktau,Atyrau,Karaganda|Republic of Kazakhstan",
    "KE|Kenyan|Nairobi|", "KW|Kuwaiti|Kuwait City|", "KG|Kyrgyz,Kyrgyzstani,Kirghiz|Bishkek,Osh|Kyrgyz Republic,Kirghizia",
    "LA|Lao,Laotian|Vientiane|", "LV|Latvian|Riga|", "LB|Lebanese|Beirut|", "LY|Libyan|Tripoli|",
    "LT|Lithuanian|Vilnius|", "LU|Luxembourgish|Luxembourg City|", "MY|Malaysian|Kuala Lumpur|",
    "MX|Mexican|Mexico City|", "MD|Moldovan|Chisinau,Chișinău|", "MN|Mongolian|Ulaanbaatar,Ulan Bator|",
    "ME|Montenegrin|Podgorica|", "MA|Moroccan|Rabat|", "NL|Dutch|Amsterdam,The Hague,Rotterdam|Holland",
    "NZ|New Zealand|Wellington|", "NG|Nigerian|Abuja,Lagos|", "KP|North Korean|Pyongyang|DPRK",
    "MK|Macedonian|Skopje|North Macedonia", "NO|Norwegian|Oslo|", "OM|Omani|Muscat|",
    "PK|Pakistani|Islamabad,Karachi,Lahore|", "PS|Palestinian|Ramallah|Palestine", "PE|Peruvian|Lima|",
    "PH|Filipino,Philippine|Manila|", "PL|Polish,Pole|Warsaw,Krakow,Kraków|", "PT|Portuguese|Lisbon|",
    "QA|Qatari|Doha|", "RO|Romanian|Bucharest|", "RU|Russian|Moscow,St. Petersburg,Saint Petersburg|Russian Federation",
    "SA|Saudi|Riyadh,Jeddah|", "RS|Serbian,Serb|Belgrade|", "SG|Singaporean|Singapore|",
    "SK|Slovak|Bratislava|Slovakia", "SI|Slovenian,Slovene|Ljubljana|", "ZA|South African|Pretoria,Cape Town,Johannesburg|",
    "KR|South Korean,Korean|Seoul,Busan|Republic of Korea,Korea", "ES|Spanish|Madrid,Barcelona|",
    "LK|Sri Lankan|Colombo|", "SE|Swedish|Stockholm|", "CH|Swiss|Bern,Geneva,Zurich|",
    "SY|Syrian|Damascus|", "TW|Taiwanese|Taipei|", "TJ|Tajik,Tajikistani|Dushanbe|",
    "TH|Thai|Bangkok|", "TN|Tunisian|Tunis|", "TR|Turkish|Ankara,Istanbul|Türkiye,Turkiye,Republic of Türkiye",
    "TM|Turkmen|Ashgabat,Ashkhabad|", "UA|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa|", "AE|Emirati|Abu Dhabi,Dubai|UAE,United Arab Emirates",
    "GB|British|London,Edinburgh|UK,United Kingdom,Britain,Great Britain", "US|American|Washington|USA,US,U.S.,United States,United States of America,America",
    "UZ|Uzbek,Uzbekistani|Tashkent,Samarkand,Bukhara|Republic of Uzbekistan", "VE|Venezuelan|Caracas|",
    "VN|Vietnamese|Hanoi,Ho Chi Minh City|Viet Nam", "YE|Yemeni|Sanaa|", "AZ|Azerbaijani|Baku|",
    "VA|Vatican|Vatican City|Holy See", "BT|Bhutanese|Thimphu|", "NP|Nepalese,Nepali|Kathmandu|",
    "MM|Burmese|Naypyidaw,Yangon|Burma,Myanmar", "SN|Senegalese|Dakar|", "TZ|Tanzanian|Dodoma,Dar es Salaam|",
    "UG|Ugandan|Kampala|", "ZW|Zimbabwean|Harare|", "SD|Sudanese|Khartoum|", "EC|Ecuadorian|Quito|",
    "UY|Uruguayan|Montevideo|", "PY|Paraguayan|Asuncion,Asunción|", "MT|Maltese|Valletta|",
};

// Continental and geopolitical regions: consumed so they never become names; not emitted.
inline constexpr const char* kRegions[] = {
    "Central Asia", "Eastern Europe", "Western Europe", "Southern Europe", "Northern Europe", "Central Europe",
    "Europe", "Asia", "Africa", "Caucasus", "South Caucasus", "North Caucasus", "Middle East", "Near East",
    "Far East", "Latin America", "South America", "North America", "Central America", "Balkans",
    "Western Balkans", "Baltic", "Baltics", "Scandinavia", "Eurasia", "Asia-Pacific", "Indo-Pacific",
    "South Asia", "Southeast Asia", "East Asia", "West Asia", "Gulf", "Persian Gulf", "Arctic", "Antarctica",
    "Caspian", "Caspian Sea", "Black Sea", "Mediterranean", "Sahel", "Pacific", "Atlantic", "Oceania",
};
}  // namespace kg::detail
