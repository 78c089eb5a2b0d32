import { f, opt, paragraphs } from "./types.js";

// English paragraphs written by us in the manner of wire and business news. Odd ids are the
// development half, even ids the check half (see split.ts).
export const EN = paragraphs("en", [
  [
    "The mining group said it had agreed to buy the copper project for $US 2.7bn, its largest acquisition since 2019, and would fund a further $US 480m of upgrades at the Northern Territory site.",
    [f("$US 2.7bn", "2.7e9", "USD"), f("$US 480m", "480e6", "USD")],
  ],
  [
    "Bilateral trade topped $2 billion for the first time last year, up 14% on 2022, while exports of wheat rose to 1.2 million tonnes.",
    [f("topped $2 billion", "2e9", "USD", ">"), f("14%", "14", "%"), f("1.2 million tonnes", "1.2e6", "t"), opt("first", "1", "ordinal")],
  ],
  [
    "The high-speed line will cut the journey from 12.5 hours to just under 5 hours, with trains running at 350 km/h on the 1,318-kilometre route.",
    [f("12.5 hours", "12.5", "h"), f("just under 5 hours", "5", "h", "<"), f("350 km/h", "350", "km/h"), f("1,318-kilometre", "1318", "km")],
  ],
  [
    "Officials said the Three Gorges reservoir released 38,000 cubic metres of water per second on Tuesday, one of the largest discharges this year.",
    [f("38,000 cubic metres", "38000", "m3")],
  ],
  [
    "The government plans to spend half-a-billion dollars on flood defences over the next five years, according to the budget papers (Figure 2, p. 57).",
    [f("half-a-billion dollars", "5e8", "USD"), opt("five", "5", "count")],
  ],
  [
    "Revenue rose 7.5% to $9.8 billion in the quarter, and the company now employs more than 12,000 people in 18 countries.",
    [f("7.5%", "7.5", "%"), f("$9.8 billion", "9.8e9", "USD"), f("more than 12,000", "12000", "count", ">"), f("18", "18", "count")],
  ],
  [
    "Police said about 30 minutes passed before the first ambulance arrived; 14 people were taken to hospital and two of them remain in a serious condition.",
    [f("about 30 minutes", "30", "min", "~"), f("14", "14", "count"), opt("two", "2", "count"), opt("first", "1", "ordinal")],
  ],
  [
    "The world's population could reach 9.7 billion by 2050, up from 1850 million people in 1900, the report estimates.",
    [f("9.7 billion", "9.7e9", "count"), f("1850 million", "1.85e9", "count")],
  ],
  [
    "The solar park covers 45 hectares and will generate around 62 GWh a year, enough for roughly 18,000 homes, the developer said.",
    [f("45 hectares", "45", "ha"), f("around 62 GWh", "62", "GWh", "~"), f("roughly 18,000", "18000", "count", "~")],
  ],
  [
    "Gas flows through the pipeline fell by nearly a third to 38 billion cubic metres, well below its design capacity of 55 bcm a year.",
    [opt("nearly a third", "*", "%", "~"), f("38 billion cubic metres", "38e9", "m3"), f("55 bcm", "55e9", "m3")],
  ],
  [
    "Under the deal, China will import up to 10 million tonnes of grain annually, compared with 2-3 million tonnes now.",
    [f("up to 10 million tonnes", "10e6", "t", "<"), f("2-3 million tonnes", "2e6..3e6", "t", "range")],
  ],
  [
    "The central bank raised its key rate by 50 basis points to 4.25%, the third increase since March.",
    [f("4.25%", "4.25", "%"), f("third", "3", "ordinal"), f("50 basis points", "0.5", "pp")],
  ],
  [
    "Sales of electric cars in the 2023/2024 fiscal year grew 2.5-fold, to almost 480,000 vehicles, the industry body said.",
    [f("2.5-fold", "2.5", "x"), f("almost 480,000", "480000", "count", "~")],
  ],
  [
    "Section 3 of the bill caps the fee at £250 and gives retailers 5 days to respond to a complaint, down from 14 days.",
    [f("£250", "250", "GBP"), f("5 days", "5", "d"), f("14 days", "14", "d")],
  ],
  [
    "The warehouse, one of three the company is building near the port, has 62,000 square metres of floor space and cost €140 million.",
    [f("62,000 square metres", "62000", "m2"), f("€140 million", "140e6", "EUR"), opt("three", "3", "count")],
  ],
  [
    "Investment in the region exceeded $15 billion between 2015 and 2023, and more than 70 agreements were signed during the visit.",
    [f("exceeded $15 billion", "15e9", "USD", ">"), f("more than 70", "70", "count", ">")],
  ],
  [
    "Inflation slowed to 3.1% in November from 3.4% a month earlier, the statistics office said on Thursday.",
    [f("3.1%", "3.1", "%"), f("3.4%", "3.4", "%")],
  ],
  [
    "The carrier will add 24 weekly flights between the two capitals, and the trip will take less than 6 hours.",
    [f("24", "24", "count"), f("less than 6 hours", "6", "h", "<"), opt("two", "2", "count")],
  ],
  [
    "Some 1,700 kilometres (1,056 miles) of new track have been laid since the project began, at a cost of ¥15 billion.",
    [f("Some 1,700 kilometres", "1700", "km", "~"), f("1,056 miles", "1056", "mi"), f("¥15 billion", "15e9", "CNY")],
  ],
  [
    "The fund lost $US 1.1bn in the year to June, and its assets shrank by 9% to $US 11.6bn.",
    [f("$US 1.1bn", "1.1e9", "USD"), f("9%", "9", "%"), f("$US 11.6bn", "11.6e9", "USD")],
  ],
  [
    "At least 120 people were killed and more than 400 injured when the 7.1-magnitude quake struck, rescuers said, warning the toll could rise.",
    [f("At least 120", "120", "count", ">"), f("more than 400", "400", "count", ">"), opt("7.1", "7.1", "count")],
  ],
  [
    "Kazakhstan's grain harvest reached 22.8 million tonnes, of which about 9 million tonnes are expected to be exported via the Caspian.",
    [f("22.8 million tonnes", "22.8e6", "t"), f("about 9 million tonnes", "9e6", "t", "~")],
  ],
  [
    "Half a billion euros will go to rail upgrades, while a further €320m is set aside for roads, the minister told parliament.",
    [f("Half a billion euros", "5e8", "EUR"), f("€320m", "320e6", "EUR")],
  ],
  [
    "The ferry covers the 45-kilometre crossing in 90 minutes at a top speed of 40 knots, carrying up to 1,200 passengers.",
    [f("45-kilometre", "45", "km"), f("90 minutes", "90", "min"), f("40 knots", "40", "kn"), f("up to 1,200", "1200", "count", "<")],
  ],
  [
    "Exports of liquefied gas surged past 80 million tonnes last year, and the country's output is forecast to hit 110 bcm by 2030.",
    [f("past 80 million tonnes", "80e6", "t", ">"), f("110 bcm", "110e9", "m3")],
  ],
  [
    "The two leaders agreed to double trade to $40 billion, signing 30 commercial agreements worth a total of $16.54 billion.",
    [opt("double", "2", "x"), f("$40 billion", "40e9", "USD"), f("30", "30", "count"), f("$16.54 billion", "16.54e9", "USD"), opt("two", "2", "count")],
  ],
  [
    "The strike lasted 12 days and cost the economy an estimated $350 million, or about 0.2% of quarterly output.",
    [f("12 days", "12", "d"), f("an estimated $350 million", "350e6", "USD", "~"), f("about 0.2%", "0.2", "%", "~")],
  ],
  [
    "Unemployment fell by 0.3 percentage points to 5.8%, the lowest level since the survey began in 1991.",
    [f("0.3 percentage points", "0.3", "pp"), f("5.8%", "5.8", "%")],
  ],
  [
    "The Boeing 737 crashed 3 minutes after take-off; none of the 132 people on board survived, according to the aviation authority.",
    [f("3 minutes", "3", "min"), f("132", "132", "count")],
  ],
  [
    "The new terminal will handle 25 million passengers a year, almost twice as many as the old one, and cover 310,000 square metres.",
    [f("25 million", "25e6", "count"), opt("almost twice", "2", "x", "~"), f("310,000 square metres", "310000", "m2")],
  ],
  [
    "The company's debt climbed to ₽1.2 trillion, and it paid 64 billion rubles in interest, up 18% year on year.",
    [f("₽1.2 trillion", "1.2e12", "RUB"), f("64 billion rubles", "64e9", "RUB"), f("18%", "18", "%")],
  ],
  [
    "One of the largest wind farms in Europe, the project has 165 turbines with a combined capacity of 1.4 GW and took 4 years to build.",
    [f("165", "165", "count"), f("1.4 GW", "1.4", "GW"), opt("4 years", "4", "count")],
  ],
  [
    "Average wages rose to 410,000 tenge a month, while prices for food rose by more than 11%, according to the national bureau.",
    [f("410,000 tenge", "410000", "KZT"), f("more than 11%", "11", "%", ">")],
  ],
  [
    "Chapter 7 of the report, on page 112, says the dam holds 39.3 billion cubic metres and supplies water to 1850 million people downstream in several countries.",
    [f("39.3 billion cubic metres", "39.3e9", "m3"), f("1850 million", "1.85e9", "count")],
  ],
  [
    "Visitors spent an average of 5.5 days in the city, and hotel revenue passed $1.3bn, the tourism board said.",
    [f("5.5 days", "5.5", "d"), f("passed $1.3bn", "1.3e9", "USD", ">")],
  ],
  [
    "The tanker carried nearly 2 million barrels of crude, worth roughly $US 160m at current prices.",
    [f("nearly 2 million barrels", "2e6", "bbl", "~"), f("roughly $US 160m", "160e6", "USD", "~")],
  ],
  [
    "Between 5 and 7 per cent of the harvest is lost in storage, and cold-chain capacity must grow by at least 40% by 2030, the study finds.",
    [f("Between 5 and 7 per cent", "5..7", "%", "range"), f("at least 40%", "40", "%", ">")],
  ],
  [
    "The fire destroyed about 1,200 hectares of forest in 48 hours before crews contained it, officials said.",
    [f("about 1,200 hectares", "1200", "ha", "~"), f("48 hours", "48", "h")],
  ],
  [
    "Chinese investment in the country topped $US 2bn in 2023, and another half-a-billion dollars is planned for a logistics hub of 30 hectares.",
    [f("topped $US 2bn", "2e9", "USD", ">"), f("half-a-billion dollars", "5e8", "USD"), f("30 hectares", "30", "ha")],
  ],
  [
    "Output at the plant rose 12% to 210,000 tonnes, and the firm said it will hire 350 workers within 6 months.",
    [f("12%", "12", "%"), f("210,000 tonnes", "210000", "t"), f("350", "350", "count"), opt("6 months", "6", "count")],
  ],
]);
