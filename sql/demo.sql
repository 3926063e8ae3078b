-- sql/demo.sql: the sample corpus. `make demo` loads it into demo.db and
-- runs sql/demo_report.sql over it.
--
-- Ten short articles written for this project: every event, official,
-- outlet and quote in them is invented (the places, agencies and
-- institutions are only scenery). They imitate wire copy and scraped web
-- pages about political disputes, with what the extension has to cope with:
--   * officials quoted directly and in reported speech, named in full and
--     then by surname or pronoun; titles (Brig.-Gen., Lt. Col., Sen.) and an
--     initial (Helen T. Marsh);
--   * credited agencies: "was quoted by Tasnim as saying", "told Reuters",
--     "according to the state news agency";
--   * relative dates: "on Monday", "last week", "earlier this month",
--     "two years ago", anchored on `published`;
--   * split quotes ("A," she said, "B."), multi-paragraph quotes (articles 2
--     and 3: a paragraph opened with a mark and left open, continued by the
--     next paragraph opening with a mark), scare quotes and quoted names
--     (a so-called "red line", the "two tracks" plan), a headline
--     attribution (article 1's title and first line);
--   * web boilerplate (photo credits, "Read more", comment widgets), NBSP
--     (char(160)) and em dashes;
--   * one person's name transliterated three ways across articles
--     (Mohammad Hossein / Muhammad Hussein / Mohammed Hossein Rahbari;
--     Alireza / Ali Reza Shahbazi);
--   * exactly one stray unclosed quote mark (article 6, the shipping agent).
-- Outlets differ in their marks: Northgate Online, The Capital Ledger and
-- the Eastern Herald use curly quotes and apostrophes; Meridian Wire and the
-- Harbor City Post use straight ones (doubled '' inside these SQL literals).

DROP TABLE IF EXISTS articles;
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  outlet TEXT,
  published TEXT, -- YYYY-MM-DD: the anchor for relative dates
  title TEXT,
  body TEXT
);

BEGIN;

-- 1. Web page, curly marks: headline attribution, so-called "red line",
--    Tasnim credit, split quote, boilerplate.
INSERT INTO articles VALUES (1, 'Northgate Online', '2024-03-12',
'Missiles off the table in any talks: FM',
'Missiles off the table in any talks: FM

Photo: Foreign Minister Mohammad Hossein Rahbari at a news conference in Tehran. (Northgate Online/Staff)

TEHRAN — Iran’s foreign minister said on Monday that the country’s missile programme would not be discussed in any future round of talks with the European powers, days before negotiators were due to meet again in Geneva.

“Our defensive capabilities are not a bargaining chip,” Mohammad Hossein Rahbari told reporters after a cabinet meeting. “Those who want to put them on the table are wasting their time.”

Rahbari, who led the Iranian delegation at the last round in January, said Tehran remained ready to discuss “practical steps” on its nuclear work, but that missiles were a so-called “red line” that no government in Tehran would cross.

The minister’s remarks came a week after three European governments circulated a draft proposal that would link any easing of sanctions to limits on the range of ballistic missiles.

A senior commander of the Revolutionary Guards went further. Brig.-Gen. Alireza Shahbazi was quoted by Tasnim as saying the programme would “continue at full speed, whatever is decided in Geneva.”

“We have tested what we needed to test, and we will test again,” he said, according to the agency. “Nobody in this region should mistake our patience for weakness.”

A spokesman for the European delegation, who spoke on condition of anonymity, told Reuters that the proposal had been “misread in Tehran” and that the missile question could be handled in a separate track.

Rahbari dismissed the idea. “A separate track,” he said, “is the same track with a different name.”

The two sides last met earlier this month in Muscat, where officials described the atmosphere as cordial but the gaps as wide.

Read more: Sanctions talks resume in Geneva amid missile row

Comments (14) | Sign in to join the conversation
Share this article: Facebook · X · Email');

-- 2. Wire copy, straight marks: multi-paragraph quote, reported speech
--    credited to the state news agency, Sen., "two years ago".
INSERT INTO articles VALUES (2, 'Meridian Wire', '2024-03-14',
'EU weighs new sanctions on missile makers as Geneva talks stall',
'BRUSSELS, March 14 (Meridian Wire) - European Union foreign ministers discussed on Wednesday a new package of sanctions on Iranian missile and drone makers, three diplomats said, as talks in Geneva stalled for a second week.

The package, drafted by the bloc''s foreign service last week, would add 11 companies and four officials to the EU''s sanctions list and ban the export of engine parts that could be used in ballistic missiles, according to a draft seen by Meridian Wire.

"We are not looking for a confrontation," the EU''s foreign policy chief, Lena Marchetti, told reporters after the meeting. "But the missile tests of last month were a message, and a message needs an answer.

"If Tehran wants these talks to succeed, it has our proposal and it has our telephone number. We will wait, but we will not wait for ever."

Marchetti said ministers would take a final decision at their next meeting in April, and that some governments wanted to wait for the outcome of the Geneva round.

Iranian Foreign Minister Muhammad Hussein Rahbari warned on Tuesday that new sanctions would "bury the Geneva process," according to the state news agency IRNA. He said Iran had made "real concessions" on uranium enrichment two years ago and had received nothing in return.

In Washington, Sen. Robert Ellery, a Republican member of the Foreign Relations Committee, told Meridian Wire he would introduce a bill next month to make the U.S. measures permanent.

"Sanctions that can be lifted with a phone call are not sanctions," Ellery said. "They are an invitation."

A senior European diplomat, speaking on condition of anonymity because the talks are confidential, said the sanctions were meant to "concentrate minds" rather than to end the negotiations. Another said the package could be shelved if Iran agreed to freeze missile tests by the end of the month.

Oil prices rose 1.2 percent on the news before falling back in afternoon trading.

(Reporting by the Brussels bureau; editing by the world desk)');

-- 3. Newspaper, curly marks: a ceasefire, Lt. Col., split quote,
--    multi-paragraph statement.
INSERT INTO articles VALUES (3, 'The Capital Ledger', '2024-04-02',
'Monitors arrive as ceasefire holds in the Sarun valley',
'SARUN VALLEY — The first team of international monitors arrived in the Sarun valley on Monday, four days after a ceasefire between government forces and the Sarun Liberation Front took effect, ending nearly two years of fighting that drove more than 300,000 people from their homes.

The 40-member team is led by Lt. Col. Annika Brandt, a Norwegian officer who ran a similar mission a decade ago.

“The guns have been quiet since Thursday night, and that is not nothing,” Brandt said at the mission’s makeshift headquarters in a former school. “But a ceasefire is not peace. It is a promise, and promises in this valley have been broken before.”

She said her team would patrol the 60-kilometre front line twice a day and publish a report on any violation within 48 hours.

The deal, brokered by the regional bloc earlier this month, requires both sides to pull heavy weapons 15 kilometres back from the line by the end of April. Government spokesman Daniel Okafor said on Sunday that the army had already withdrawn “most” of its artillery. The rebels dispute that.

“We see their tanks from our positions every morning,” a Front commander, who gave his name only as Yusuf, told The Capital Ledger by telephone. “If they are withdrawing, they are doing it very slowly.”

The Front’s political leader, Amina Rask, set out the group’s position in a statement read to journalists on Saturday:

“We signed this agreement because our people are tired of burying their children. We did not sign it to be disarmed while the other side rearms.

“We ask the monitors to count every gun, on both sides of the line, and to tell the world what they find.”

Brandt declined to respond directly. “We will count,” she said, “and we will report what we count.”

Aid agencies said the first food convoys in three months reached the valley town of Medra on Tuesday morning.');

-- 4. Web page, straight marks: tariffs, an initial, split quote, NBSP in
--    "25 per cent", a credited agency, boilerplate.
INSERT INTO articles VALUES (4, 'Harbor City Post', '2024-04-18',
'Marsh defends steel tariffs as trade partners threaten retaliation',
'Photo credit: Harbor City Post/File

Trade Secretary Helen T. Marsh on Wednesday defended the government''s decision to impose a 25' || char(160) || 'per cent tariff on imported steel, saying the measure was "overdue" and would protect 40,000 jobs.

"We did not start this fight," Marsh said in a speech to manufacturers in Harbor City. "But we are not going to watch our mills close one by one while others flood the market with subsidised steel."

The tariffs, announced earlier this month, take effect on May 1 and apply to steel from every country except the three partners with which the government has free-trade agreements.

Marsh said the government was "open to talks" with any country that agreed to cut its own subsidies. "Our door is open," she said, "but our market is not a dumping ground."

Trade partners reacted angrily. Norland''s commerce minister, Erik Sandvold, said on Tuesday that his government would "respond in kind" if the tariffs were not withdrawn, according to the Norland News Agency. He said retaliation could target farm exports worth $2.1' || char(160) || 'billion a year.

RELATED: Steel imports hit a five-year high

Industry groups were divided. The Steel Producers Association welcomed the decision, while the Federation of Car Makers warned that it would add about $1,200 to the price of a new car.

"Every tariff is a tax on our own customers," the federation''s chief executive, Lorraine Becker, told the Post. She said carmakers had not been consulted, and that several plants would review their investment plans next year.

Economists at the central bank said last week that a broad tariff could raise inflation by 0.3 percentage points, though they expected the effect of a steel-only measure to be smaller.

Read more: What the steel tariffs mean for your next car');

-- 5. Newspaper, curly marks: a court ruling, a dissent, reported speech
--    credited to the state news agency.
INSERT INTO articles VALUES (5, 'Eastern Herald', '2024-05-07',
'Constitutional Court strikes down protest law',
'The Constitutional Court on Monday struck down key parts of a law that allowed police to ban public demonstrations without a court order, ruling that they violated the right to peaceful assembly.

The nine-judge panel voted six to three to annul four articles of the Public Order Act, which parliament passed two years ago after a wave of protests over fuel prices.

“A right that can be suspended by a police officer’s signature is not a right at all,” Chief Justice Helena Marsh wrote for the majority. The ruling takes effect immediately.

In a dissenting opinion, Justice Viktor Lenz said the court had “stepped into the role of the legislature” and warned that the decision would leave police without the means to prevent violence at large gatherings. Two other judges joined his dissent.

Interior Minister Paul Adeyemi said the government would respect the decision but would bring a new bill to parliament “within weeks,” according to the state news agency. He told lawmakers on Monday evening that the police “cannot be asked to wait for a judge while a crowd turns into a mob.”

Lawyers for the civil liberties group that brought the case welcomed the ruling. “Today the court reminded the government that the streets belong to the people,” said Miriam Tolu, the group’s lead counsel. “We hope parliament was listening.”

Tolu said her organisation would challenge any new law that gave police “the same powers under a different name.”

The opposition leader, Grigor Anand, called the ruling “a turning point” and demanded an apology from the interior minister, who had described the challenge last year as “an attack on public safety.” Adeyemi’s office did not respond to a request for comment on Tuesday.

The case began in 2022, when police in the capital banned a march by teachers — a ban the court described on Monday as “plainly disproportionate.”');

-- 6. Web page, curly marks: a strike, an apostrophe in a name (O’Connell),
--    the one stray unclosed quote mark, a comments widget.
INSERT INTO articles VALUES (6, 'Northgate Online', '2024-05-21',
'Dock workers walk out as pay talks collapse',
'Photo: Striking dock workers outside the port gates on Monday. Credit: Northgate Online / K. Oduya

Thousands of dock workers walked off the job at the country’s three largest ports on Monday after talks between their union and the port operators collapsed over the weekend.

The strike, the first at the ports in more than a decade, halted the loading of container ships and left dozens of vessels waiting at anchor, port officials said.

“Our members have not had a real pay rise in four years,” said Dara O’Connell, general secretary of the Dockers’ Union, speaking to reporters at the gates of the northern port. “They are not asking for the moon. They are asking to keep up with the price of bread.”

O’Connell said the union had offered to accept a two-stage rise of 6' || char(160) || 'per cent this year and 4' || char(160) || 'per cent next year, but that the operators had “walked away from the table.”

The operators’ association said in a statement that the union’s demands would “cost jobs and drive shipping lines to other ports.” Its chairman, Leon Farraday, told Reuters the association remained ready to resume talks “at any hour of the day or night.”

One shipping agent, who would give only his first name, said the strike was costing exporters “millions every day and that perishable cargo was already being thrown away.

Transport Minister Ruth Anselm urged both sides on Monday to return to mediation. “Nobody wins a long strike,” she said. “Not the workers, not the companies, and certainly not the country.”

The union said the strike would last at least until Friday. A previous walkout at the northern port, two years ago, ended after nine days.

Read more: Port operators report record profits

Comments
Be the first to comment. Log in or register to post a comment.
Tags: strike, ports, labour');

-- 7. Wire copy, straight marks: the third spelling of the minister's name,
--    a quote introduced by a colon, a quoted plan name, Tasnim again.
INSERT INTO articles VALUES (7, 'Meridian Wire', '2024-06-03',
'Iran ready for ''practical steps'' in Geneva: Rahbari',
'GENEVA, June 3 (Meridian Wire) - Iran is ready to take "practical steps" to limit its nuclear work if the European powers drop their demand for talks on its missile programme, Foreign Minister Mohammed Hossein Rahbari said on Monday.

Speaking at the start of a new round of talks in Geneva, Rahbari said the two sides had narrowed their differences since they last met in March, but that "the most difficult questions are still on the table."

"We have come here with ideas, not with slogans," he told reporters. "If the other side does the same, this round can be different."

Asked whether Iran would accept limits on missile tests, he said: "Our defence is not the subject of these talks, and it will not become the subject of these talks."

A European diplomat said the European side had brought a revised proposal, known as the "two tracks" plan, under which missile questions would be handled in separate regional talks. The diplomat said the plan had been shared with Tehran last week.

Brig.-Gen. Ali Reza Shahbazi, who heads the Guards’ aerospace division, was quoted by Tasnim on Monday as saying Iran had "no intention" of slowing its missile tests. "The enemy wants to tie our hands before it sits down to negotiate," he said.

Rahbari declined to comment on Shahbazi''s remarks. According to an Iranian official close to the delegation, the general''s comments were "aimed at a domestic audience" and did not reflect the government''s position in Geneva.

The talks are expected to last until Thursday. A previous round, two years ago, collapsed after three days when the Iranian delegation walked out over a dispute about the agenda.

(Reporting by the Geneva bureau; editing by the world desk)');

-- 8. Newspaper, curly marks: two senators, Lt. Col., "told Reuters",
--    a credited agency (Fars), split quote.
INSERT INTO articles VALUES (8, 'The Capital Ledger', '2024-06-20',
'Senators demand answers after new missile test',
'WASHINGTON — Sen. Robert Ellery called on Wednesday for new hearings on the administration’s Iran policy, a day after Iran tested a medium-range missile, its third test since talks in Geneva resumed earlier this month.

Ellery, a Republican member of the Foreign Relations Committee, said the test showed that the administration’s approach had failed. “We were told that talks would slow the programme down,” he said. “Instead, the tests have sped up.”

He said he would ask the committee to summon the special envoy for Iran before the summer recess.

Sen. Maria Delgado-Price, a Democrat on the same committee, said she shared his concern but opposed new sanctions while the talks continued. “Walking away now,” she said, “would hand Tehran the excuse it has been looking for.”

Iranian state television showed footage of the launch from a site in the central desert. Brig.-Gen. Alireza Shahbazi said the missile had hit its target “with complete precision,” according to the Fars news agency.

A State Department spokesman, Thomas Reilly, told Reuters that the test was “deeply concerning” but that the United States would keep its negotiators in Geneva. “Diplomacy is the only path that has ever produced real limits,” Reilly said.

Analysts were less sure. Lt. Col. Mark Ostrowski, a retired missile analyst who now teaches at a military college, said the pace of testing suggested that Iran was preparing a new generation of solid-fuel rockets.

“They are not testing to send a message,” he said. “They are testing because they have something new to test.”

The Geneva talks are scheduled to resume next Tuesday.');

-- 9. Newspaper, curly marks: tariffs again, retaliation, NBSP in an amount.
INSERT INTO articles VALUES (9, 'Eastern Herald', '2024-07-09',
'Norland hits back with tariffs on farm goods',
'Norland announced tariffs of up to 30' || char(160) || 'per cent on imported grain, pork and dairy on Monday, in retaliation for the steel tariffs that took effect in May.

Commerce Minister Erik Sandvold said the measures would cover goods worth about $2.1' || char(160) || 'billion a year and would be lifted “the day the steel tariffs are lifted, and not a day later.”

“We warned them in April, we warned them again in May, and we were ignored,” Sandvold told a news conference in the capital. “Nobody should be surprised that we have kept our word.”

He said Norland remained willing to negotiate, but only if the talks covered “all the tariffs, not just the ones that hurt our partners.”

Trade Secretary Helen Marsh said on Monday evening that the retaliation was “regrettable and unjustified,” and that the government would file a complaint with the World Trade Organization. She said last week that she had offered Sandvold a meeting in Geneva, an offer he had not answered.

Farm groups reacted with alarm. “Our members did not make steel and they should not pay for a steel dispute,” said Hannah Kraus, president of the Grain Growers’ Council. She said about one in five farms in the west of the country sold most of their harvest to Norland.

Economists said the tariffs could cut the country’s farm exports by a tenth this year. Shares in food companies fell on Tuesday morning.

Marsh’s office said she would travel to Geneva next week for a meeting of trade ministers, where she hoped to raise the dispute “face to face.”');

-- 10. Web page, straight marks: a court order ends the strike, O'Connell
--     with a straight apostrophe, an em dash inside a quote, boilerplate.
INSERT INTO articles VALUES (10, 'Harbor City Post', '2024-07-15',
'Court orders dockers back to work; union vows appeal',
'Photo credit: Harbor City Post/J. Mendes

The High Court on Friday ordered striking dock workers back to work for 60 days, ruling that the eight-week walkout had caused "serious and lasting harm" to the national economy.

Judge Samuel Achterberg said the union could resume the strike after the cooling-off period if no agreement was reached, and ordered both sides into mediation under a court-appointed arbitrator.

The Dockers'' Union said it would appeal. "This is not justice, it is a stopwatch," general secretary Dara O''Connell told the Post on Saturday. "Our members will obey the law — and we will fight this order in every court that will hear us."

O''Connell said members would return to the ports on Monday morning.

The operators'' association welcomed the ruling. Its chairman, Leon Farraday, said the decision gave both sides "a chance to start again," and that the association would make a new offer this week.

Transport Minister Ruth Anselm said on Sunday that the government had not asked for the order but would enforce it. "The law is the law," she said. "But no court can write a pay deal, and I hope both sides remember that."

The strike, which began in May, has left more than 200 ships waiting at anchor and cost exporters an estimated $900 million, according to the chamber of commerce.

ADVERTISEMENT

Sign up for our morning newsletter

Read more: How the port strike emptied supermarket shelves

3 comments | Add a comment');

COMMIT;
