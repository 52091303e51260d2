/**
 * Dutch geography for the data generators: the twelve provinces (official spelling, so
 * `Fryslân`), a selection of real municipalities per province and the GGD regions.
 * Place names are real; everything the generators say about them is invented.
 */

export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];

/** Municipalities per province; the first one is the largest or the capital. */
export const MUNICIPALITIES = {
  Groningen: ['Groningen', 'Het Hogeland', 'Midden-Groningen', 'Westerkwartier', 'Oldambt', 'Veendam', 'Pekela', 'Eemsdelta', 'Stadskanaal'],
  'Fryslân': ['Leeuwarden', 'Súdwest-Fryslân', 'Smallingerland', 'Heerenveen', 'De Fryske Marren', 'Noardeast-Fryslân', 'Tytsjerksteradiel', 'Waadhoeke', 'Harlingen', 'Opsterland'],
  Drenthe: ['Assen', 'Emmen', 'Hoogeveen', 'Meppel', 'Coevorden', 'Tynaarlo', 'Aa en Hunze', 'Midden-Drenthe', 'Borger-Odoorn'],
  Overijssel: ['Zwolle', 'Enschede', 'Deventer', 'Hengelo', 'Almelo', 'Kampen', 'Hardenberg', 'Oldenzaal', 'Raalte', 'Rijssen-Holten'],
  Flevoland: ['Almere', 'Lelystad', 'Dronten', 'Noordoostpolder', 'Zeewolde', 'Urk'],
  Gelderland: ['Arnhem', 'Nijmegen', 'Apeldoorn', 'Ede', 'Doetinchem', 'Tiel', 'Zutphen', 'Harderwijk', 'Wageningen', 'Culemborg', 'Barneveld'],
  Utrecht: ['Utrecht', 'Amersfoort', 'Nieuwegein', 'Zeist', 'Veenendaal', 'Houten', 'IJsselstein', 'Woerden', 'De Bilt', 'Stichtse Vecht'],
  'Noord-Holland': ['Amsterdam', 'Haarlem', 'Zaanstad', 'Alkmaar', 'Hilversum', 'Purmerend', 'Den Helder', 'Hoorn', 'Bergen (NH)', 'Amstelveen', 'Haarlemmermeer'],
  'Zuid-Holland': ["'s-Gravenhage", 'Rotterdam', 'Leiden', 'Dordrecht', 'Zoetermeer', 'Delft', 'Gouda', 'Schiedam', 'Alphen aan den Rijn', 'Vlaardingen', 'Capelle aan den IJssel'],
  Zeeland: ['Middelburg', 'Vlissingen', 'Goes', 'Terneuzen', 'Hulst', 'Schouwen-Duiveland', 'Sluis', 'Reimerswaal'],
  'Noord-Brabant': ['Eindhoven', 'Tilburg', 'Breda', "'s-Hertogenbosch", 'Helmond', 'Oss', 'Roosendaal', 'Bergen op Zoom', 'Nuenen, Gerwen en Nederwetten', 'Waalwijk'],
  Limburg: ['Maastricht', 'Heerlen', 'Venlo', 'Sittard-Geleen', 'Roermond', 'Weert', 'Kerkrade', 'Venray', 'Gulpen-Wittem'],
};

/** GGD (public health service) regions per province. */
export const GGD_REGIONS = {
  Groningen: ['GGD Groningen'],
  'Fryslân': ['GGD Fryslân'],
  Drenthe: ['GGD Drenthe'],
  Overijssel: ['GGD IJsselland', 'GGD Twente'],
  Flevoland: ['GGD Flevoland'],
  Gelderland: ['GGD Gelderland-Zuid', 'GGD Noord- en Oost-Gelderland'],
  Utrecht: ['GGD regio Utrecht'],
  'Noord-Holland': ['GGD Amsterdam', 'GGD Kennemerland'],
  'Zuid-Holland': ['GGD Haaglanden', 'GGD Rotterdam-Rijnmond'],
  Zeeland: ['GGD Zeeland'],
  'Noord-Brabant': ['GGD West-Brabant', 'GGD Hart voor Brabant', 'GGD Brabant-Zuidoost'],
  Limburg: ['GGD Zuid-Limburg', 'GGD Limburg-Noord'],
};

/** Informal regional names used in organisation names ("Platform Inburgering Twente"). */
export const SUBREGIONS = {
  Groningen: ['Noord-Groningen', 'Oost-Groningen', 'Stad Groningen'],
  'Fryslân': ['Noordwest-Fryslân', 'Zuidoost-Fryslân', 'Leeuwarden e.o.'],
  Drenthe: ['Zuidoost-Drenthe', 'Noord-Drenthe'],
  Overijssel: ['Twente', 'IJsselland', 'Salland'],
  Flevoland: ['Flevoland', 'Noordoostpolder'],
  Gelderland: ['Achterhoek', 'Rivierenland', 'Veluwe', 'Rijk van Nijmegen'],
  Utrecht: ['Utrecht-Stad', 'Amersfoort e.o.', 'Lekstroom'],
  'Noord-Holland': ['Zaanstreek', 'West-Friesland', 'Kennemerland', 'Gooi en Vechtstreek'],
  'Zuid-Holland': ['Haaglanden', 'Rijnmond', 'Drechtsteden', 'Holland Rijnland'],
  Zeeland: ['Walcheren', 'Zeeuws-Vlaanderen', 'Oosterschelde'],
  'Noord-Brabant': ['West-Brabant', 'Midden-Brabant', 'De Kempen', 'Peelland'],
  Limburg: ['Parkstad', 'Westelijke Mijnstreek', 'Noord-Limburg', 'Heuvelland'],
};
