"""Contradictions between versions of one claim: flagged when they differ, silent when they agree."""

from __future__ import annotations

import pytest

from analyst_tui.core.compare import build_comparison
from analyst_tui.core.conflicts import Version, find_conflicts, pair_conflict
from analyst_tui.core.model import Article, Claim, Sentence


def kind_of(a: str, b: str) -> str | None:
    found = pair_conflict(Version.of(a), Version.of(b))
    return found[0] if found else None


def detail_of(a: str, b: str) -> str:
    found = pair_conflict(Version.of(a), Version.of(b))
    assert found is not None, (a, b)
    return f"{found[1]} vs {found[2]}"


AGREE = [
    # the same figure written differently
    ("Five people were killed in the blast.", "5 people were killed in the blast."),
    ("The quake killed twenty-four people.", "The quake killed 24 people."),
    ("At least five people died in the fire.", "Five people died in the fire."),
    ("Some 2,000 people were evacuated from the town.", "About 2000 people were evacuated from the town."),
    ("The quake struck at a depth of 10 kilometres (6.2 miles).", "The quake struck at a depth of six miles."),
    ("More than 1,000 people were killed in the 2009 quake.", "More than 1000 people were killed in the 2009 quake."),
    ("Dozens of people were injured.", "At least 50 people were injured."),
    ("The camp is home to about 20,000 refugees.", "The camp is home to nearly 21,000 refugees."),
    ("Police said 12 people had been killed.", "Police said 12 people were killed and 20 were wounded."),
    ("Hewlett-Packard will buy EDS for about $13 billion.", "Hewlett-Packard will buy EDS for $13.9 billion."),
    # a figure only one version gives
    ("Five dead, dozens injured in Indonesia quake.", "Dozens have been reported injured."),
    ("The quake destroyed 22 houses in the district.", "The quake destroyed houses in the district."),
    # different things counted
    ("The quake struck at a depth of six miles.", "The epicentre was 34 miles west of the town."),
    ("Six children were killed when the mosque collapsed.", "The death toll from the quake rose to 11."),
    ("Four other people died in hospital.", "Five people died in the quake."),
    ("A 61-year-old woman was arrested.", "A 22-year-old man was arrested."),
    ("Two of the bombs fell inside the camp.", "One bomb fell inside the camp."),
    ("The 6.1-magnitude quake hit Aceh.", "A magnitude 6.1 earthquake hit Aceh."),
    ("He served 18 months in prison in 1995.", "In 1996 he was released from prison."),
    # paraphrases, negated in both or in neither
    ("Trump has not made a final decision on troops.", "No decisions have been made on troops, sources say."),
    ("The senator did not vote for the bill.", "The senator voted against the bill."),
    ("The president has not decided whether to attend.", "The president is still deciding whether to attend."),
    ("The storm did not cause major damage.", "The storm caused only minor damage."),
    ("Trump has floated deploying a small contingent.", "Trump floated sending a limited number of troops."),
    ("There were no immediate reports of casualties.", "No casualties were immediately reported."),
    ("The White House did not immediately respond.", "The White House declined to comment."),
    ("The bomb did not explode.", "The bomb failed to explode."),
    ("She never regained consciousness.", "She had yet to regain consciousness on Wednesday."),
    ("The company confirmed the merger on Monday.", "The company confirmed on Monday that the merger would go ahead."),
    ("The minister denied the report.", "The minister rejected the report."),
    ("He was not only a singer but also an actor.", "He was a singer and an actor."),
    # same roles, said differently
    ("Sudan accused South Sudan of arming rebels.", "South Sudan was accused by Sudan of arming rebels."),
    ("South Sudan accuses Sudan of air strike on camp.", "South Sudan Accuses Sudan of Bombing Civilian Camp."),
    ("Sudan bombed a refugee camp.", "A refugee camp was bombed by Sudan."),
    ("Police arrested the suspect on Friday.", "The suspect was arrested by police on Friday."),
    ("Woman killed in Queens hit-and-run.", "A hit-and-run driver killed a woman in Queens."),
    # killed and injured both said, or about different victims
    ("The blast killed three people and injured five.", "Three people died and five were hurt in the blast."),
    ("Dozens injured as quake hits Aceh.", "Quake strikes Aceh, killing one."),
    ("Three people were injured in the crash.", "Three people were hurt in the crash."),
    ("Shares rose 5% on Monday.", "Shares rose 5 percent on Monday."),
    ("Officials did not say how many people were hurt.", "Officials said five people were hurt."),
    ("Police have not ruled out terrorism.", "Police are not ruling out terrorism."),
    ("The ministry confirmed the talks.", "Rebels denied the report."),
    ("It was not immediately clear who carried out the attack.", "Islamic State claimed the attack."),
    ("The plane did not crash.", "The plane landed safely and did not crash."),
    ("Nobody was hurt.", "No injuries were reported."),
    ("No decision has been made.", "A decision has yet to be made."),
    ("A teacher was killed and two students were wounded.", "The shooting killed a teacher and wounded two students."),
    ("Israel accused Iran of the attack.", "Israel blamed Iran for the attack."),
    ("The storm killed 3 people and left 20,000 homes without power.", "Three people died in the storm, which cut power to 20,000 homes."),
    ("Turnout was 60 percent.", "Turnout was 60%."),
    # power lost, said two ways; times of day that may be one time rounded, or are not points
    ("The storm left 2 million homes without power.", "The storm cut power to 2 million homes."),
    ("The bridge collapsed at 5 p.m.", "The bridge collapsed at about 5:30 p.m."),
    ("The bridge collapsed at 5.30pm on Monday.", "The bridge collapsed at 5:30 p.m. on Monday."),
    ("The bridge collapsed at 99 p.m.", "The bridge collapsed at 5 p.m."),  # not a time
    ("The quake struck at 11:50 p.m. local time.", "The quake struck at 12:20 a.m."),
    ("The quake struck at 5 p.m. local time.", "The quake struck at 9 a.m. GMT."),
    ("Police arrived at 5 p.m.", "The shooting began at 3 p.m."),
    ("The road reopened after 10 a.m.", "The road reopened at 2 p.m."),
    ("The journalist was arrested.", "The journalist was released."),
    ("The suspect, 34, was charged with murder.", "The 34-year-old suspect was charged with murder."),
    ("The boy was rescued from the lake.", "Rescuers pulled the boy from the lake."),
    # a report called false is denied, and agrees with a denial; "false" before a noun calls nothing untrue
    ("The White House said the report was false.", "The White House denied the report."),
    ("He was carrying a false passport.", "Police confirmed he had a passport."),
    ("The suspect was not armed.", "The suspect was unarmed."),
    ("Ahead of the vote, the talks were postponed.", "The vote went ahead."),
    ("The flight was cancelled.", "The flight was postponed."),
    ("The team set off on Monday.", "The trip went ahead on Monday."),
    ("Shares closed up 3% on Monday.", "Shares opened higher on Monday."),  # a day's trading
    ("Two-thirds of the town was flooded.", "Two thirds of the town was flooded, officials said."),
    ("The services unit brought in half of IBM's total sales.", "IBM had 7.2% of the services market."),
    ("The franc rose a third of a centime.", "The franc rose three quarters of a percent."),  # measures
    ("Half of the staff left.", "A quarter of the students left."),
    ("He waited half an hour.", "He waited 10 minutes."),
    ("Two soldiers were killed and three captured.", "Three soldiers were captured."),
    ("The kidnapped journalist was freed.", "The journalist was kidnapped in 2012."),
    ("HP captured 27.9 percent of the market.", "HP captured 27.9% of the market."),
    ("Police questioned the suspect.", "The suspect was questioned by police."),
    ("The market closed higher.", "The market remained open."),
    ("He opened the door and closed it.", "He kept the door open."),
    ("The woman opened fire, killing two workers and wounding two others.",
     "Police say two people have been killed and another wounded in the shooting."),
    ("The missing hiker was found alive.", "Rescuers found the missing hiker alive."),
    ("Two people were injured.", "The driver was unhurt."),
    ("The spokesman said the claims were \"completely untrue.\"", "The spokesman denied the claims."),
    ("Officials said no bodies had been found.", "Bodies were identified by relatives, the report said."),
    ("The White House said the report was accurate.", "The White House confirmed the report."),
    ("The talks will go ahead on Monday.", "The talks are going ahead as planned on Monday."),
    ("Turkish forces shelled Kurdish positions in Syria.", "Turkey shelled Kurdish positions in Syria."),
    ("Israel's strike on Iran killed two.", "Israel struck Iran, killing two."),
    ("Sunday's attack on Israel killed two.", "Israel's attack on Sunday killed two."),  # a day does not attack
    ("Israel's strike on Iran killed two.", "An Israeli attack on Iran killed two."),
    ("A man stabbed two people.", "Two people were stabbed by a man."),
    ("The 30-storey tower burned.", "The 30-story tower burned."),
    ("One hundred and fifty people died.", "150 people died."),
    ("A hundred people were hurt.", "100 people were hurt."),
    ("The church had a million dollars damage.", "The fire caused more than $1 million in damage to the church."),
    ("One thousand five hundred people were evacuated.", "1,500 people were evacuated."),
    ("Reporters filed 30 stories.", "The 13-story building collapsed."),
    ("Apple sold 10 million iPhones.", "Apple sold more than 9 million iPhones."),
    ("The storm killed five people in Texas and two in Louisiana.",
     "Seven people died in the storm across Texas and Louisiana."),  # one place's toll against the total
    ("Apple sold 9 million iPhones.", "Apple sold 9.4 million iPhones."),
    ("Turkish forces shelled Kurdish positions in Syria.", "Turkish troops shelled Kurdish positions in Syria."),
    ("Greek stocks fell 5.4 per cent.", "Greek stocks closed down 5.4%."),  # British "per cent"
    ("Greek stocks fell 17 per cent.", "Greek stocks fell 17.3 percent."),
    ("Jewellery worth €2m was stolen.", "Jewellery worth £1.7m was stolen."),  # two currencies: not compared
    ("Jewellery worth €2m was stolen.", "Jewellery worth 2 million euros was stolen."),
    ("Shares rose 5pc on Monday.", "Shares rose 5 percent on Monday."),
    ("A driver struck and killed a woman in Queens.", "A driver fled after fatally injuring a woman in Queens."),
    ("The guard was killed in the raid.", "The guard was mortally wounded in the raid."),
    ("Service should be restored to normal by December 31.", "Normal service may not be restored till 31 December."),
    ("Chiefs lose 20 - 13 to Colts", "Colts clinch playoff berth with 20 - 13 win over Chiefs"),
    ("The mother-of-three died in the crash.", "One person died in the crash."),  # her children, not the dead
    ("The attack was carried out by Hamas.", "Hezbollah denied carrying out the attack."),  # another doer
    ("The bridge was destroyed by floods.", "The army did not destroy the bridge."),
    ("Reports said Ross would not be returning to direct the sequel.",
     "Ross will resume talks with the studio about returning for the sequel."),
    ("Six people were killed.", "Half a dozen people were killed."),
    ("A single person died in the quake.", "One person died in the quake."),
    ("A single-engine plane crashed, killing two.", "Two people died when a small plane crashed."),
    ("Two of the five victims died in hospital.", "Five people were shot; two died in hospital."),
    ("The storm killed 12 people in Texas.", "The storm killed 3 people in Oklahoma."),
    ("Quake kills 24", "24 people were killed in the quake."),
    ("The death toll rose to 24.", "At least 20 people died."),
    ("24 dead", "24 houses destroyed"),
    ("The quake had a magnitude of 6.1.", "The 6.1-magnitude quake struck at dawn."),
    ("At least 20 people died in the quake.", "At least 24 people died in the quake."),
    ("More than 1,000 people were evacuated.", "At least 1,200 people were evacuated."),
    ("Police arrested five men on Friday.", "Officers arrested five men on Friday."),
    ("Rebels bombed the villages, the army said.", "Rebels bombed the villages, according to the army."),
    ("The senate approved the bill on Tuesday.", "The bill was approved by the senate on Tuesday."),
    ("He lost his home in the quake.", "He won an award."),
    ("Shares rose 3% on Monday after falling 2% last week.", "Shares fell 2% last week."),
    ("Two climbers killed in Mt Cook falls", "Two men died in climbing accidents at Mt Cook."),
    ("The death toll rose to 24.", "The death toll climbed to 24."),
    ("The White House denied the report that Trump plans to send troops.",
     "The White House denied reports that Trump plans to send troops."),
    ("The White House denied the report that Trump plans to send troops.",
     "The White House said Trump has no plans to send troops."),
    ("Officials denied that the minister had resigned.", "The minister has not resigned, officials said."),
    ("Iran denied that it had enriched uranium to weapons grade.", "Iran enriched uranium at Natanz."),
    ("The company denied the report that it would cut jobs.", "The company is hiring 200 workers."),
    ("The White House confirmed the report.", "The White House did not deny the report."),
    # confirming a negation denies: the same thing said both ways
    ("The president confirmed that troops would not be sent.", "The president denied that troops would be sent."),
    ("Officials confirmed the minister had not resigned.", "Officials denied that the minister had resigned."),
    ("He passed away on Monday.", "His kidneys failed on Monday."),
    ("The US imposed sanctions on China on Monday.", "The United States imposed new sanctions on China."),
    ("Apple launched a new iPhone.", "Samsung launched a new phone."),
    ("They attacked us on Monday.", "They attacked us again on Monday."),
    ("The bank failed in 2008.", "The bank passed its stress test."),
    ("The motion passed.", "The amendment failed."),
    ("The measure passed 52-48.", "The measure passed by a vote of 52 to 48."),
    ("The ministry denied the report.", "The ministry declined to confirm the report."),
    ("SeaMicro ’ s fabric supports multiple processor instruction sets.",  # a tokenised source's possessive
     "SeaMicro's fabric supports multiple processor instruction sets."),
    ("Trump called Putin on Tuesday.", "Putin was called by Trump on Tuesday."),
    ("Trump called for calm on Tuesday.", "Putin called for calm on Tuesday."),
    ("Trump called it a hoax.", "Putin called it a hoax."),
    ("Iran's attack on Israel killed two.", "The attack on Israel by Iran killed two."),
    ("The gunman shot two people before police shot him.", "Police shot the gunman after he shot two people."),
    ("Police in Queens arrested a man.", "A man was arrested by police in Queens."),
    ("Obama thanked Netanyahu for his help.", "Obama praised Netanyahu."),
    ("The storm left 1.2 million homes without power.", "1.2m homes lost power in the storm."),
    ("Two people died and one survived.", "One person survived; two died."),
    ("Two survivors were injured.", "Two people were injured."),
    ("Two people survived the crash.", "Two people were injured in the crash."),  # (both may be true)
    ("The pilot survived the crash.", "The co-pilot died in the crash."),
    ("The driver survived, police said.", "A passenger died, police said."),
    ("Turkey shot down a Russian jet.", "A Russian jet was shot down by Turkey."),
    ("Iran seized a British tanker.", "A British tanker was seized by Iran."),
    ("Russian jets bombed the town.", "Russia bombed the town."),
    ("The United States expelled Russian diplomats.", "Washington expelled diplomats from Russia."),
    ("The White House denied any plan to send troops to Iran.", "The White House has no plan to send troops to Iran."),
    ("Iran denied any involvement in the attack.", "Iran denied it was involved in the attack."),
    ("Police denied entry to the journalists.", "The journalists entered the building."),
    ("The White House denied any plan to send troops to Iran.",
     "The White House denied reports of a plan to send troops to Iran."),
    ("The Senate voted 52-48 to pass the bill.", "The bill passed the Senate 52 to 48."),
    ("The Colts beat the Chiefs 20 - 13.", "The Chiefs lost 13-20 to the Colts."),
    ("The Colts (11-4) won again on Sunday.", "The Colts (10-5) won again on Sunday."),  # records change week to week
    ("Trump called on Tuesday for calm.", "Putin called on Tuesday for calm."),
    ("The president called on Congress to act.", "The president urged Congress to act."),
    ("Former champion Riddick Bowe, 43-1, won a decision over Gene Pukall, 14-13-2.",
     "Former champion Riddick Bowe (43-1) won a decision over Gene Pukall (14-13-2)."),
    ("The plane was carrying 239 people when it vanished.", "Of the 239 people aboard, 153 were Chinese."),
    ("The ferry was carrying 300 people.", "The ferry was carrying 300 passengers and crew."),
    ("About 3,000 people were evacuated.", "More than 2,800 people were evacuated."),
    ("Police evacuated 3,000 people on Monday.", "A further 2,000 people were evacuated on Tuesday."),
    ("The quake killed 12 people and 3,000 people were evacuated.", "The quake killed 12 people."),
    ("Unemployment will rise by 5 to 10 percent.", "Unemployment will rise by about 8 percent."),
    ("Unemployment will rise by 5 to 10 percent.", "Unemployment will rise by 5-10%."),
    ("The firm will cut 140-150 million dollars.", "The firm will cut between 140 and 150 million dollars."),
    ("Rescuers pulled 20 survivors from the rubble.", "Twenty people were rescued from the rubble."),
    ("Officials evacuated 3,000 residents.", "About 3,000 people were evacuated."),
    ("More than 1,000 people were evacuated from the town.", "About 1,200 people were evacuated from the town."),
    ("The flight had 150 passengers and six crew.", "The flight carried 156 people."),
    ("Between 10 and 15 people were injured.", "10-15 people were injured."),
    ("The court ruled 5-4 in favour of the state.", "In a 5-4 ruling, the court sided with the state."),
    # particulars: an age, a penalty, an ordinal of a repeat
    ("The deadlock devastated prosecutors, who had turned down an offer from Nichols' attorneys to plead guilty in "
     "exchange for a life sentence.",
     "The prosecutor gambled on getting a death penalty decision when he denied a Nichols offer a year ago to plead "
     "guilty in exchange for a life prison sentence."),
    ("Prosecutors turned down an offer of a life sentence.", "The prosecutor denied an offer of a life sentence."),
    ("Nichols has been sentenced to life without parole.",
     "A judge sentenced Nichols to multiple life sentences after a jury failed to return a death sentence."),
    ("Prosecutors will seek the death penalty.", "Peterson was sentenced to life in prison."),
    ("This was Klitschko's second victory over Thompson.", "It was Klitschko's 58th victory, 51 by KO."),
    ("Charles fumbled later in the second quarter.", "Butler returned an interception in the first quarter."),
    ("The bodies of his mother, Catherine Gomes, 61, were found.", "Gary Gomes, 35, faces murder charges."),
    ("The 27-year-old Christopher Kenyon Simpson was convicted.", "Simpson, 27, was convicted of murder."),
    ("A man aged 45 was arrested.", "A 45-year-old man was arrested."),
    ("He hosted the Oscars for the second time.", "He hosted the Oscars for a 2nd time."),
    ("The stock closed up $1.75 at $84.50.", "The stock rose $1.75 to $84.50."),
    ("Turkey shot down 2 jets.", "Turkey downed two jets."),
    ("Up to 10 people died.", "As many as 10 people died."),
    ("Iran agreed to talks.", "Iran refused to comment."),
    ("The team lost 3 games in a row.", "The team gained 3 yards on the play."),
    ("Troops will not be deployed to Iran.", "No troops will be deployed to Iran."),
    ("Militants freed 20 hostages and killed 3.", "Three hostages were killed and 20 were freed."),
    ("The hostage was freed on Monday.", "The freed hostage said she was well."),
    ("The stock closed at $5.91, down $1.24, or 17 percent.", "Shares closed at $5.91, down $1.24, or 17.3 percent."),
    ("LaRue served 4 1/2 months in federal prison.", "LaRue served 4 1/2 months in prison for conspiracy."),
    ("Durst accidentally shot Black in the face, his lawyers said.",
     "Durst's attorneys contend their client accidentally shot Black in the face."),
    ("Today, Maurice Cheeks became the fifth coach fired within the first quarter of the season.",
     "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday."),
    ("Stony Brook University launched the study in 1996.", "The State University at Stony Brook launched the study in 1996."),
    ("The results ranged up to 36 per cent for a US brand called American Spirit.",
     "The results ranged up to 36 per cent for a speciality brand called American Spirit."),
    ("Belgium scrapped a war crimes law which has seen cases launched against Bush.",
     "Belgium scrapped a war crimes law used to launch cases against Bush."),
    ("Three no votes would kill it for now.", "It would take three votes to kill the expansion."),
    ("The apprehended included 12 Somalis and 11 Yemenis.", "The navy captured 23 Somali and Yemeni pirates."),
    ("The card slot comes with a 256MB card.", "The card slot supports up to 16GB cards."),
    ("An Oklahoma man was found guilty on two murder charges.", "An Oklahoma man has pleaded not guilty to two murder charges."),
    ("The 15-inch model has a 2. 3 GHz quad-core i7.", "The 15-inch models have either 2. 3 or 2. 6 GHz i7 quad cores."),
    ("Friday night's 88-72 loss in Cleveland was the last straw.", "An 88-72 road loss to the Cavaliers in Cleveland was the last straw."),
    ("Hansbrough now has 2,301 career points as a Tar Heel.", "Hansbrough scored 20 points Thursday night."),
    ("Luck broke Newton's record of 4,051 yards passing.", "Luck threw for 205 yards on Sunday, breaking Newton's mark."),
    ("Altria shares fell $1.17 to $42.51.", "Altria shares fell $1.17, or 2.7 percent, to $42.51."),
    ("The chips are priced from $125 to $300.", "The chips cost $125 to $300."),
    ("Palmer and Mat Su Central fire departments responded.", "Engines came from Palmer Fire Department and Mat-Su Central."),
    ("Other teams in the battle for Teixeira are the Baltimore Orioles and the Washington Nationals.",
     "None of the other teams in the Teixeira sweepstakes have made an offer."),
    ("Perlo and co-counsel Robin Yanes approached the case from an unorthodox position.",
     "Neither Perlo nor his co-counsel, Robin Yanes, ever claimed their client's innocence."),
    # more of how news reports put it
    ("At least 24 people were killed.", "24 people died."),
    ("The quake killed at least five people.", "Five people died in the quake."),
    ("The quake killed at least 10 people.", "Twelve people died in the quake."),  # a toll close to the bound
    ("At least 200 people were injured.", "About 250 people were hurt."),
    ("The company paid $2 million.", "The company paid 2 million dollars."),
    ("The company paid $2 million.", "The company paid two million dollars."),
    ("Unemployment rose to 5%.", "Unemployment rose to five per cent."),
    ("Ten people were injured.", "10 people were hurt."),
    ("The president will not attend the summit.", "The president has decided to skip the summit."),
    ("Police said the suspect did not resist arrest.", "The suspect did not resist, police said."),
    ("Trump denied the report.", "Trump dismissed the report."),
    ("The plane crashed shortly after take-off, killing all 150 people on board.",
     "All 150 people on board died when the plane crashed after take-off."),
    ("Officials said 3 people were killed and 12 injured.",
     "Three people died and a dozen were injured, officials said."),
    ("The fire destroyed 1,200 homes.", "About 1,200 homes were destroyed by the fire."),
    ("Trump has not ruled out sending troops.", "Trump has not excluded sending troops."),
    ("The army said no civilians were hurt.", "No civilians were hurt, the army said."),
    ("The storm killed two people on Monday.", "Two people were killed by the storm on Monday."),
    ("Protesters clashed with police.", "Police clashed with protesters."),
    ("Russia and Ukraine signed a ceasefire.", "Ukraine and Russia signed a ceasefire."),
    ("The talks between Iran and the US ended.", "The talks between the US and Iran ended."),
    ("Obama met Putin in Paris.", "Putin met Obama in Paris."),
    ("The earthquake struck at 10:37 a.m. local time.", "The quake hit at 10.37am local time."),
    ("Trump has not made a final decision.", "No final decision has been made by Trump."),
    ("A White House spokesperson denied the report.", "The White House said the report was false."),
    ("The death toll rose to 24 on Wednesday.", "At least 24 people have died, officials said Wednesday."),
    ("Two people were killed and 10 wounded.", "The attack killed two and wounded ten."),
    ("The gunman, 24, was arrested.", "The 24-year-old gunman was arrested."),
    ("The magnitude-6.1 quake struck Aceh.", "A 6.1 magnitude earthquake struck Aceh."),
    ("He was sentenced to life in prison.", "He received a life sentence."),
    ("Police said nobody was injured.", "There were no injuries, police said."),
    ("The company will cut 10% of its workforce.", "The company will cut ten percent of its staff."),
    ("The bill passed 60-40.", "The bill passed by a vote of 60 to 40."),
    ("Iran said it was ready to confront any attack.",
     "Iran is ready to confront an attack, its foreign minister said."),
    ("He did not respond to requests for comment.", "He did not reply to a request for comment."),
    ("The victims included three children.", "Three children were among the victims."),
    ("The suspect was shot dead by police.", "Police shot and killed the suspect."),
    ("The ministry said 1.5 million people were affected.", "About 1.5m people were affected, the ministry said."),
    ("The troops will not be sent before June.", "No troops will be sent before June."),
    ("The storm left 100,000 without power.", "About 100,000 homes lost power in the storm."),
    ("Trump wants to send troops, officials said.", "Trump has privately expressed interest in sending troops."),
    ("The minister resigned on Monday.", "The minister stepped down on Monday."),
    ("The plan was not approved.", "The plan was rejected."),
    ("Five were killed; two were hurt.", "The blast left five dead and two injured."),
    ("US troops were not deployed.", "Washington did not deploy troops."),
    ("The leader survived the attack.", "The leader was not killed in the attack."),
    ("Sales fell 3% in May.", "Sales dropped 3 percent in May."),
    ("The army denied it had bombed civilians.", "The army said it had not bombed civilians."),
    ("The company did not confirm the report.", "The company declined to confirm the report."),
    ("Around 50 people were arrested.", "Police arrested 48 people."),
    ("Over 20 people were injured.", "At least 21 people were injured."),
    ("The quake struck at 9 a.m.", "The quake struck at 09:00."),
    ("The attack killed 24 people, including 3 children.",
     "24 people, three of them children, were killed in the attack."),
    ("The company lost $1.2bn.", "The company lost $1.2 billion."),
    ("The quake was 10 kilometres deep.", "The quake was six miles deep."),
    ("The epicentre was 55 kilometres west of Bireun.", "The epicentre was 34 miles west of Bireun."),
    ("Temperatures reached 40C.", "Temperatures reached 104F."),
    ("The ship carried 1,000 tonnes of oil.", "The ship carried a thousand tonnes of oil."),
    ("A 22-year-old resident said houses collapsed.", "Bensu Elianita, 22, said houses collapsed."),
    ("Police arrested 12 people and injured 5.", "Five people were hurt and a dozen arrested."),
    ("The strike was the third this year.", "It was the year's third strike."),
    ("The bailout is worth 110 billion euros.", "The bailout is worth euro110 billion."),
    ("The vote was 5-4.", "The justices ruled 5 to 4."),
    ("He was jailed for 15 years.", "He received a 15-year prison sentence."),
    ("The quake measured 6.1 on the Richter scale.", "The quake had a magnitude of 6.1."),
    ("Dozens of people were injured.", "At least 30 people were injured."),
    ("Hundreds were evacuated.", "About 300 people were evacuated."),
    ("The fire burned 10,000 acres.", "The fire burned about 4,000 hectares."),
    ("Israel blamed Iran for the attack.", "Iran was blamed by Israel for the attack."),
    ("Obama spoke with Netanyahu on Monday.", "Netanyahu spoke with Obama on Monday."),
    ("Obama talked to Netanyahu by phone.", "Netanyahu talked to Obama by phone."),
    ("Sudan and South Sudan accused each other of attacks.", "South Sudan and Sudan accused each other of attacks."),
    ("Russia and China signed the deal.", "China signed the deal with Russia."),
    ("Police said the gunman shot two guards.", "The gunman shot two guards, police said."),
    ("Apple sued Samsung in 2011.", "Samsung was sued by Apple in 2011."),
    ("The rebels were attacked by the army.", "The army attacked the rebels."),
    ("Trump called Putin, the Kremlin said.", "Putin received a call from Trump, the Kremlin said."),
    ("Trump praised Putin.", "Trump had praise for Putin."),
    ("The Celtics beat the Lakers 101-99.", "The Lakers lost to the Celtics 99-101."),
    ("Germany defeated Brazil.", "Brazil was defeated by Germany."),
    ("Sudan's army bombed villages, rebels said.", "Rebels said Sudan's army bombed villages."),
    ("Five people were killed and 20 injured.", "Twenty people were injured and five killed."),
    ("The death toll rose to 24 from 5.", "24 people have died."),
    ("The death toll rose from 5 to 24.", "24 people have died."),
    ("Five people died, down from an earlier estimate of seven.", "Five people died."),
    ("The toll was revised down to 3 from 5.", "Three people died."),
    ("At least 24 people were killed, up from 12 earlier.", "At least 24 people were killed."),
    ("One person was killed and two others were injured.", "The crash killed one and injured two."),
    ("The gunman killed himself after shooting three people.",
     "Three people were shot before the gunman killed himself."),
    ("No one was killed.", "There were no deaths."),
    ("The crash killed the driver and injured two passengers.", "The driver died and two passengers were hurt."),
    ("Three soldiers were killed and one is missing.", "Three soldiers died and one remains missing."),
    ("A 6.1-magnitude quake killed 24 people.", "The magnitude-6.1 quake left 24 dead."),
    ("The quake injured more than 200.", "Over 200 were hurt in the quake."),
    ("Trump is not expected to send troops.", "Trump is unlikely to send troops."),
    ("The company did not say how many jobs would go.", "The company said jobs would go."),
    ("Officials did not give a cause for the crash.", "Officials gave no cause for the crash."),
    ("The plane did not have enough fuel.", "The plane ran out of fuel."),
    ("Police have not identified the victims.", "The victims have yet to be identified."),
    ("The minister did not attend, but sent a deputy.", "The minister sent a deputy to attend."),
    ("Nobody claimed responsibility for the attack.", "No group has claimed responsibility for the attack."),
    ("The White House did not comment on the report.", "The White House declined to comment on the report."),
    ("Trump has not ruled out sending troops.", "Trump has kept open the option of sending troops."),
    ("It is not clear whether troops will be sent.", "It is unclear whether troops will be sent."),
    ("The strike did not stop flights.", "Flights continued despite the strike."),
    ("Iran did not respond to the attack.", "Iran has yet to respond to the attack."),
    ("Officials said the fire was not suspicious.", "The fire was not considered suspicious, officials said."),
    ("Shares rose 5% while bonds fell 2%.", "Bonds fell 2% as shares rose 5%."),
    ("The index lost 2% on Monday.", "The index fell 2% on Monday."),
    ("The House rejected the measure but the Senate approved it.", "The Senate approved the measure."),
    ("Police arrested a man who attacked a woman.", "A man who attacked a woman was arrested by police."),
    ("The man who attacked the guard was arrested.", "Police arrested the man who attacked the guard."),
    ("Israel said Hamas attacked first.", "Hamas attacked first, Israel said."),
    ("The rebels, who attacked the base, were defeated.", "The army defeated the rebels who had attacked the base."),
    ("Iran accused Israel of the attack, which Israel denied.",
     "Israel denied Iran's accusation that it carried out the attack."),
    ("Sales fell in May, the company said.", "The company said sales declined in May."),
    ("Turnout rose to 60% from 55%.", "Turnout increased to 60 percent."),
    ("Unemployment fell to 5%.", "The jobless rate dropped to 5 percent."),
    ("The Fed raised rates by 0.25 points.", "The Federal Reserve increased interest rates by a quarter point."),
    ("Indonesia earthquake: 24 dead and over 200 injured",
     "24 people were killed and more than 200 injured in the Indonesian quake."),
    ("The quake killed five people.", "5 people died in the quake."),
    ("Trump has not made a final decision on troops.", "No final decision on troops has been made, officials said."),
    ("Ground troops in Iran are not part of the plan.", "The plan does not include ground troops in Iran."),
    ("The White House denied the report.", "The White House called the report false."),
    ("Trump has floated deploying a small, targeted contingent.",
     "Trump floated the possibility of sending a limited number of American troops."),
    ("The discussions were held with aides and Republican allies outside the White House.",
     "The idea came up in conversations with aides and Republican officials."),
    # weekdays: the next day may be the same moment elsewhere; a day something was said on is no happening
    ("The quake struck late Tuesday.", "The quake struck early Wednesday."),
    ("The quake struck on Tuesday.", "The earthquake hit Tuesday morning."),
    ("Police said on Tuesday that the fire was arson.", "Police said Thursday that the fire was arson."),
    ("The protesters marched on Tuesday and again on Thursday.", "The protesters marched on Thursday."),
    ("The man was arrested on Monday and charged on Wednesday.", "The man was charged on Wednesday."),
    ("Treasury yields fell to 4.38 percent late Friday.", "Treasury yields fell to 4.38 percent late Monday."),
    ("The FBI did not return a call for comment on Friday.", "The FBI did not return a call for comment on Wednesday."),
    # "shot dead", "executed": but a part of the injured is no other count
    ("Two officers were shot dead.", "Two officers were killed."),
    ("Two officers were shot and wounded.", "Two officers were wounded by gunfire."),
    ("Five people were hurt, two of them seriously.", "Two people were seriously injured and three slightly."),
    ("The hostages were executed.", "The militants killed the hostages."),
    ("Officials executed the plan quickly.", "The plan was carried out quickly."),
    # custody, reopening, refusing, a truce: a version that says both sides, or another thing
    ("The suspect was released from custody.", "The suspect remains at large."),
    ("Police arrested two men; a third suspect remains at large.", "The third suspect remains at large."),
    ("The airport reopened on Monday after being closed for a week.", "The airport was closed for a week."),
    ("The union agreed to the deal after rejecting an earlier offer.", "The union rejected an earlier offer."),
    ("Talks were held in Geneva.", "The talks collapsed in Geneva."),
    ("Police have made no arrests.", "No one has been arrested yet."),
    ("He made a statement to reporters but took no questions.", "He made a statement to reporters."),
    ("The magnitude 6.1 quake struck off Sumatra.", "The 6.1 Richter scale quake struck off Sumatra."),
    # a doer named with its role, in the active and the passive
    ("The police officer shot the teenager.", "The teenager was shot by the police officer."),
    ("The security guard shot the robber.", "The robber was shot by a security guard."),
    ("Hamas freed two hostages.", "Two hostages were freed by Hamas."),
    ("Police released a statement.", "The statement was released by the family."),
    ("Pakistan accused India of violating the ceasefire.", "India violated the ceasefire, Pakistan said."),
    # inclusion said both ways, both negated or about another thing; a landing and a crash of two aircraft
    ("Ground troops in Iran are not part of the plan.", "The plan does not include ground troops in Iran."),
    ("Ground troops are not part of the plan.", "The plan includes air strikes."),
    ("Troops not in plan", "The plan does not include troops."),
    ("The suspect was denied bail.", "The suspect was remanded in custody."),
    ("The court struck down the ban.", "The ban was overturned by the court."),
    ("The White House denied the report.", "The White House granted the reporter an interview."),
    ("The quake struck the island.", "The court upheld the island's ruling."),
    ("He survived the attack but lost his leg.", "He lost his leg in the attack."),
    ("He pleaded guilty to murder.", "He was found guilty of murder."),
    ("Frist said he would work to get the provision removed from the final bill.",
     "Frist said he would work to see that the provision was not in the final bill."),
    ("Troops are not in Iran yet.", "Iran includes several provinces."),
    # how many live in two places
    ("The quake struck Bandar Abbas, home to 500,000 people.", "The quake struck Qeshm Island, home to 120,000 people."),
    ("The plane crashed.", "The helicopter landed safely nearby."),
    ("The plane crash-landed but all passengers got out safely.", "The plane crashed."),
    ("Israel has neither confirmed nor denied the strike.", "Israel did not comment on the strike."),
    # a count and one more: not the toll
    ("Two people died at the scene and a third died in hospital.", "Three people died."),
    ("Two people were killed and another died later in hospital.", "Three people were killed."),
    ("The plane was carrying 162 people.", "The plane had 155 passengers and seven crew aboard."),
    # "several" is more than one, "several thousand" 2,000 or more
    ("Several people were hurt.", "Five people were hurt."),
    ("Several thousand people fled.", "About 5,000 people fled."),
    ("He was stabbed several times.", "He was stabbed once."),
    # a length in another unit, rounded; a range after "Between" at the start; a share as a percentage
    ("The quake struck 10 km (6 miles) deep.", "The quake was 6.2 miles deep."),
    ("The tower is 300 metres (984 feet) tall.", "The tower is 984 feet tall."),
    ("The tower is 300 metres tall.", "The tower is about 1,000 feet tall."),
    ("Between 10 and 15 people were injured.", "12 people were injured."),
    ("Three-quarters of the town was flooded.", "75 percent of the town was flooded."),
    ("About 70 percent of the town was flooded.", "Three-quarters of the town was flooded."),
    ("Half of the company's sales come from China.", "7.2% of the market is China."),
    ("The vote was 75", "75 percent"),  # a figure at the very end of a text
    ("About 10,000 people marched on Saturday.", "Some 10,000 people took part in the march."),
]

CONFLICT = [
    # figure
    ("figure", "The quake left 24 people dead.", "The quake left 1 person dead."),
    ("figure", "Indonesia earthquake: 24 dead and over 200 injured.", "Magnitude-6.1 quake hits Indonesia; 1 dead."),
    ("figure", "Five people were killed in the attack.", "Seven people were killed in the attack."),
    ("figure", "The blast killed five people.", "The blast killed 12 people."),
    ("figure", "Police said 12 people were injured in the riots.", "Police said 18 people had been injured in the riots."),
    ("figure", "The camp holds about 20,000 refugees.", "The camp holds over 24,000 refugees."),
    ("figure", "The quake hit at a depth of 1.2 miles.", "The quake hit at a depth of 12 miles."),
    ("figure", "The tsunami killed 230,000 people in 13 countries.", "The tsunami killed 230,000 people in 14 countries."),
    ("figure", "Greece gets a $141 billion loan package.", "Greece gets a $144 billion loan package."),
    ("figure", "No one was killed in the blast.", "Three people were killed in the blast."),
    ("figure", "Dozens of people were injured.", "Hundreds of people were injured."),
    ("figure", "Unemployment rose to 5 percent in March.", "Unemployment rose to 7 percent in March."),
    ("figure", "He was sentenced to 10 years in prison.", "He was sentenced to 12 years in prison."),
    ("figure", "The company cut 500 jobs this year.", "The company cut 5,000 jobs this year."),
    ("figure", "The earthquake had a magnitude of 6.1.", "The 6.4-magnitude earthquake struck at dawn."),
    ("figure", "Turnout was 60 percent.", "Turnout was 45%."),
    ("figure", "Greek stocks plunged 5.4 per cent.", "Greek stocks closed down 3.9 percent."),
    ("figure", "Thieves stole jewellery worth £1.7m.", "Thieves stole jewellery worth £2.7 million."),
    ("figure", "They stole £910,000 of jewellery.", "They stole £35,000 of jewellery."),
    ("figure", "Zurana Horton, a mother of 12, was killed by a stray bullet.",
     "A stray bullet killed Zurana Horton, the mother of 13."),
    ("figure", "Shares rose 5pc on Monday.", "Shares rose 7 percent on Monday."),
    ("figure", "The death toll stands at 24.", "Magnitude-6.1 quake hits Indonesia; 1 dead"),
    ("figure", "The bomb killed two and injured three.", "The bomb killed three and injured two."),
    ("figure", "The quake killed at least 24 people.", "The quake killed at least one person."),
    ("figure", "The quake killed at least three people.", "The quake killed 10 people."),  # a toll far above the bound
    ("figure", "Indonesia earthquake: 24 dead", "The quake killed at least one person."),
    # event
    ("event", "The quake killed at least five people and injured dozens.", "The quake injured at least five people."),
    ("event", "Five people were killed in the attack.", "Five people were injured in the attack."),
    ("event", "The gunman killed the guard.", "The gunman wounded the guard."),
    ("event", "A police officer was killed in the explosion.", "A police officer was injured in the explosion."),
    ("event", "Two soldiers were killed near the border.", "Two soldiers were reported missing near the border."),
    ("event", "The attack left two dead.", "The attack left two wounded."),
    ("event", "The guard was shot dead.", "The guard was shot and wounded."),
    ("event", "The guard was fatally wounded.", "The guard was slightly wounded, police said."),
    ("event", "The pilot died in the crash.", "The pilot survived the crash."),
    # polarity
    ("polarity", "Ground troops in Iran are not part of the plan.", "Ground troops in Iran are part of the plan."),
    ("polarity", "Trump has not made a final decision on troops.", "Trump has made a final decision on troops."),
    ("polarity", "The minister did not resign on Monday.", "The minister resigned on Monday."),
    ("polarity", "Officials said the dam had not burst.", "Officials said the dam had burst."),
    ("polarity", "Sudan has denied striking South Sudanese territory.", "Sudan struck South Sudanese territory."),
    ("polarity", "Hamas denied carrying out the attack.", "The attack was carried out by Hamas, Israel said."),  # passive
    ("polarity", "The army did not destroy the bridge.", "The bridge was destroyed by the army."),
    ("polarity", "The ministry confirmed the talks had collapsed.", "The ministry denied the talks had collapsed."),
    ("polarity", "He did not attend the meeting.", "He attended the meeting."),
    ("polarity", "The storm did not cause damage.", "The storm was causing damage."),
    ("polarity", "The senator did not vote for the bill.", "The senator voted for the bill."),
    ("polarity", "The storm did not cause major damage.", "The storm caused major damage."),
    ("polarity", "The company never paid the fine.", "The company paid the fine."),
    ("polarity", "The ministry denied the report.", "The ministry confirmed the report."),
    ("polarity", "The president confirmed that troops would not be sent.", "The president confirmed that troops would be sent."),
    ("polarity", "The ministry denied that no talks were held.", "The ministry confirmed that no talks were held."),
    ("polarity", "The company denied the allegations and said it had not broken the law.",
     "The company confirmed the allegations."),
    ("polarity", "Officials confirmed the death of a man who had not been seen since Monday.",
     "Officials denied the death of the man."),
    ("polarity", "Police have not ruled out terrorism.", "Police ruled out terrorism."),
    ("polarity", "The suspect has not been named.", "The suspect was named as John Smith."),
    ("polarity", "Police did not arrest anyone.", "Police arrested two men."),
    ("polarity", "The army denied bombing the camp.", "The army bombed the camp on Thursday."),
    ("polarity", "The plan was approved.", "The plan was rejected."),
    ("polarity", "The senate approved the bill on Tuesday.", "The bill was rejected by the senate on Tuesday."),
    ("polarity", "The union accepted the offer.", "The union rejected the offer."),
    ("polarity", "The company said profits rose 5%.", "The company said profits fell 5%."),
    ("polarity", "Germany won the final.", "Germany lost the final."),
    ("polarity", "The bill passed the senate.", "The bill failed in the senate."),
    ("polarity", "The talks succeeded.", "The talks failed."),
    ("polarity", "The bill failed to pass the senate.", "The bill passed the senate."),
    # a denial of what the other version reports
    ("polarity", "The White House denied the report that Trump plans to send troops.",
     "Trump plans to send troops, NBC reported."),
    ("polarity", "Leavitt dismissed NBC's report that Trump wants ground troops in Iran.",
     "NBC reported that Trump wants ground troops in Iran."),
    ("polarity", "The spokesman denied that the talks had collapsed.", "The talks collapsed on Monday."),
    ("event", "Two people died in the crash.", "Two people survived the crash."),
    ("event", "Two hikers are missing.", "Two hikers were found dead."),
    ("figure", "The Senate voted 52 to 48 for the bill.", "The Senate voted 51 to 49 for the bill."),
    ("figure", "Germany beat Brazil 7-1.", "Germany beat Brazil 7-0."),
    ("role", "The president called on Congress to act.", "Congress called on the president to act."),
    ("role", "Obama urged Netanyahu to accept the deal.", "Netanyahu urged Obama to accept the deal."),
    ("polarity", "The White House denied any plan to send troops to Iran.", "Trump plans to send troops to Iran, officials said."),
    ("polarity", "Iran denied any involvement in the attack.", "Iran was involved in the attack, officials said."),
    ("polarity", "Russia denied responsibility for the attack.", "Russia was responsible for the attack, officials said."),
    ("role", "Turkey shot down a Russian jet.", "Russia shot down a Turkish jet."),
    ("role", "Iran seized a British tanker.", "Britain seized an Iranian tanker."),
    ("role", "The US expelled Russian diplomats.", "Russia expelled American diplomats."),
    # role
    ("role", "Sudan's army has often been accused of bombing South Kordofan.",
     "Sudan has accused South Sudan of arming groups."),
    ("role", "Sudan accused South Sudan of arming rebels.", "South Sudan accused Sudan of arming rebels."),
    ("role", "Police shot the suspect.", "The suspect shot a police officer."),
    ("role", "Google bought Motorola last year.", "Motorola bought Google last year."),
    ("role", "Germany beat Brazil in the semi-final.", "Brazil beat Germany in the semi-final."),
    ("role", "The union sued the company.", "The company sued the union."),
    ("role", "Israel accused Iran of the attack.", "Iran blamed Israel for the attack."),
    ("role", "The US imposed sanctions on China.", "China imposed sanctions on the US."),
    ("role", "Israel launched an attack on Iran.", "Iran launched an attack on Israel."),
    ("role", "Iran accused the US of the attack.", "The US accused Iran of the attack."),
    ("role", "Trump called Putin on Tuesday.", "Putin called Trump on Tuesday."),
    ("role", "Trump phoned Putin to congratulate him.", "Putin telephoned Trump to congratulate him."),
    ("role", "Obama visited Netanyahu in Jerusalem.", "Netanyahu visited Obama in Jerusalem."),
    ("role", "Obama praised Netanyahu.", "Netanyahu praised Obama."),
    ("figure", "The plane was carrying 239 people when it vanished.", "The plane was carrying 293 people when it vanished."),
    ("figure", "The jet had 239 people on board.", "The jet had 293 people on board."),
    ("figure", "About 3,000 people were evacuated from the area.", "Police evacuated 5,000 people from the area."),
    ("figure", "Unemployment will rise by 5 to 10 percent.", "Unemployment will rise by 6 to 12 percent."),
    ("figure", "Rescuers saved 20 people.", "Rescuers rescued 12 people."),
    ("figure", "The justices ruled 7 to 2.", "The justices ruled 5 to 4."),
    ("figure", "The victim was 66 years old.", "The 76-year-old victim died."),
    ("figure", "Andrew Lopez, 20, is the accused gunman.", "Lopez, 24, was arrested as the gunman."),
    ("figure", "DeGeneres will host the Oscars for the second time.", "DeGeneres will host the Oscars for the third time."),
    ("event", "Peterson was sentenced to death.", "Peterson was sentenced to life in prison."),
    ("event", "Peterson received a life sentence.", "Peterson was condemned to death."),
    ("event", "Peterson was sentenced to death.", "Peterson was sentenced to 30 years in prison."),
    ("polarity", "Shares were up 3% on Monday.", "Shares were down 3% on Monday."),
    ("polarity", "The company gained 3 percent.", "The company lost 3 percent."),
    ("polarity", "The court upheld the ruling.", "The court overturned the ruling."),
    ("polarity", "Iran agreed to the deal.", "Iran refused the deal."),
    ("polarity", "Troops will be deployed to Iran.", "No troops will be deployed to Iran."),
    ("polarity", "Survivors were found in the rubble.", "No survivors were found in the rubble."),
    ("role", "Apple is suing Samsung over patents.", "Samsung is suing Apple over patents."),
    ("event", "The hostage was freed.", "The hostage was killed."),
    ("figure", "Shares rose 17 percent.", "Shares rose 18 percent."),
    ("figure", "Half a dozen people were killed.", "A dozen people were killed."),
    ("figure", "24 people died in the quake.", "A single person died in the quake."),
    ("figure", "The dollar was down 0.60 percent.", "The dollar was down 0.7 percent."),
    ("figure", "Police held 12 Somalis and 11 Yemenis.", "Police held 15 Somalis and 11 Yemenis."),
    ("figure", "The phone has a 3.2-megapixel camera.", "The phone has a 5-megapixel camera."),
    ("figure", "The model has a 1.8GHz processor.", "The model has a 2.5GHz processor."),
    ("figure", "The offers were in the $140 million to $160 million range.", "The offers were between $140 and $150 million."),
    ("figure", "The chips are priced from $125 to $300.", "The chips are priced from $125 to $350."),
    ("figure", "Altria shares fell $2 to $42.", "Altria shares fell $3 to $41."),
    ("role", "Police accidentally shot the suspect.", "The suspect accidentally shot a police officer."),
    ("role", "Israel Attacks Iran", "Iran Attacks Israel"),  # a headline in title case: the verb is capitalised
    ("event", "Militants freed 20 hostages.", "Militants killed 20 hostages."),
    ("role", "Sudan's army bombed villages in South Kordofan, rebels said.",
     "Rebels bombed villages in South Kordofan, Sudan's army said."),
    # more of how news reports put it
    ("figure", "The quake killed 24 people.", "The quake killed 12 people."),
    ("figure", "The plane carried 150 passengers.", "The plane carried 160 passengers."),
    ("event", "Two people were killed in the blast.", "Two people were injured in the blast."),
    ("polarity", "The president will attend the summit.", "The president will not attend the summit."),
    ("polarity", "The White House denied the report that Trump would send troops.",
     "Trump would send troops, the report said."),
    ("role", "Israel struck Iran.", "Iran struck Israel."),
    ("role", "Sudan accused South Sudan of supporting rebels.", "South Sudan accused Sudan of supporting rebels."),
    ("figure", "The ship sank with 300 people on board.", "The ship sank with 200 people on board."),
    ("polarity", "Ground troops are not part of the plan.", "Ground troops are part of the plan."),
    ("figure", "The fire destroyed 1,200 homes.", "The fire destroyed 2,100 homes."),
    ("figure", "The earthquake killed 24 people.", "The earthquake killed one person."),
    ("figure", "Quake kills 24 in Indonesia", "Indonesia quake kills 1"),
    ("figure", "24 dead as quake hits Aceh", "1 dead as quake hits Aceh"),
    ("event", "The quake killed five people.", "The quake injured five people."),
    ("event", "killing at least five people and injuring dozens", "injuring at least five people"),
    ("figure", "The storm left 2 million homes without power.", "The storm cut power to 200,000 homes."),
    ("figure", "The bridge collapsed at 5 p.m.", "The bridge collapsed at 8 p.m."),
    ("figure", "The bridge collapsed at 5.30pm on Monday.", "The bridge collapsed at 8 p.m. on Monday."),
    ("figure", "The quake struck at 5:45 a.m. local time.", "The quake struck at about 8 a.m."),
    ("figure", "The suspect, 34, was charged with murder.", "The suspect, 43, was charged with murder."),
    ("figure", "The suspect, 34, was charged with murder.", "The 43-year-old suspect was charged with murder."),
    ("event", "Three climbers were rescued.", "Three climbers were killed."),
    ("event", "The boy drowned in the lake.", "The boy was rescued from the lake."),
    ("polarity", "The airline cancelled all flights.", "The airline did not cancel any flights."),
    ("polarity", "The governor signed the bill.", "The governor vetoed the bill."),
    ("polarity", "A White House spokeswoman said the report was false.",
     "A White House spokeswoman said the report was accurate."),
    ("polarity", "The White House called the report fake news.", "The White House confirmed the report."),
    ("polarity", "The White House said that the report was false.", "The White House confirmed the report."),
    ("polarity", "The White House said the report was not true.", "The White House confirmed the report."),
    ("polarity", "The talks will go ahead on Monday.", "The talks will not go ahead on Monday."),
    ("polarity", "The missile hit the target.", "The missile missed the target."),
    ("polarity", "The vote was postponed.", "The vote went ahead as planned."),
    ("polarity", "The match was cancelled.", "The match went ahead on Sunday."),
    ("polarity", "The strike has been called off.", "The strike went ahead on Monday."),
    ("polarity", "The embassy will remain open.", "The embassy will close."),
    ("polarity", "The road remained open on Monday.", "The road was closed on Monday."),
    ("polarity", "The suspect was armed.", "The suspect was unarmed."),
    ("polarity", "The strike was legal.", "The strike was illegal."),
    ("polarity", "The driver was unhurt.", "The driver was hurt."),
    ("event", "The missing hiker was found alive.", "The missing hiker was found dead."),
    ("event", "The soldier was killed.", "The soldier was captured."),
    ("event", "Hamas captured two soldiers.", "Hamas killed two soldiers."),
    ("event", "The journalist is alive.", "The journalist is dead."),
    ("polarity", "The White House called the NBC report \"completely false.\"", "The White House confirmed the NBC report."),
    ("polarity", "The spokesman said the claims were \"untrue.\"", "The spokesman confirmed the claims."),
    ("polarity", "The White House pushed back on the report, saying no troops would be sent.",
     "Troops would be sent, the report said."),
    ("polarity", "Trump Denies Report He Plans To Send Troops To Iran", "Trump Plans To Send Troops To Iran"),
    ("polarity", "Trump denies reports he plans to send troops to Iran.", "Trump plans to send troops to Iran, officials said."),
    ("figure", "Apple sold 10 million iPhones.", "Apple sold 9 million iPhones."),
    ("figure", "A third of the town was flooded.", "Half of the town was flooded."),
    ("figure", "Half of the voters backed the plan.", "Two-thirds of the voters backed the plan."),
    ("figure", "Seven people died across Texas and Louisiana.", "Nine people died across Texas and Louisiana."),
    ("figure", "The building is 30 stories tall.", "The 13-story building collapsed."),
    ("figure", "One hundred and fifty people died.", "50 people died."),
    ("figure", "A hundred people were hurt.", "12 people were hurt."),
    ("event", "A hundred passengers were killed in the crash.", "A hundred passengers were injured in the crash."),
    ("role", "The husband stabbed his wife.", "The wife stabbed her husband."),
    ("role", "The prosecutor questioned the witness.", "The witness questioned the prosecutor."),
    ("role", "Israel's strike on Iran killed two.", "Iran's strike on Israel killed two."),
    ("role", "An Israeli strike on Iran killed two.", "Iran struck Israel, killing two."),
    ("role", "Turkish forces shelled Kurdish positions in northern Syria.",
     "Kurdish forces shelled Turkish positions in northern Syria."),
    ("polarity", "Troops are part of the plan.", "Troops are not part of the plan."),
    ("polarity", "The White House confirmed the plan.", "The White House denied the plan."),
    ("polarity", "Trump approved the strike.", "Trump did not approve the strike."),
    ("polarity", "The Pentagon confirmed that troops would be sent.", "The Pentagon denied that troops would be sent."),
    ("role", "Sudan's army has often been accused of bombing South Kordofan.",
     "Sudan has accused South Sudan of arming pro-South Sudan groups."),
    ("role", "The Lakers beat the Celtics.", "The Celtics beat the Lakers."),
    ("role", "Police shot the gunman.", "The gunman shot police."),
    ("figure", "The fire killed three firefighters.", "The fire killed four firefighters."),
    ("polarity", "The suspect was released on Monday.", "The suspect was not released on Monday."),
    ("figure", "At least 24 people died.", "At least 1 person died."),
    ("figure", "Three people were killed in the crash.", "Four people were killed in the crash."),
    ("figure", "The quake had a magnitude of 6.1.", "The quake had a magnitude of 6.4."),
    ("event", "The guard was shot dead.", "The guard was wounded."),
    ("event", "The pilot was killed in the crash.", "The pilot survived the crash."),
    ("polarity", "The US will send troops to Iran.", "The US will not send troops to Iran."),
    ("polarity", "Trump has ruled out sending troops.", "Trump has not ruled out sending troops."),
    ("polarity", "The suspect has been charged.", "The suspect has not been charged."),
    ("polarity", "The White House confirmed that Trump would meet Putin.",
     "The White House denied that Trump would meet Putin."),
    ("role", "Russia accused Ukraine of shelling the plant.", "Ukraine accused Russia of shelling the plant."),
    ("role", "Israel attacked Hamas.", "Hamas attacked Israel."),
    ("figure", "The storm killed 12 people in Texas.", "The storm killed 21 people in Texas."),
    ("figure", "The bill passed 52-48.", "The bill passed 51-49."),
    ("polarity", "A White House official said ground troops in Iran are not part of the plan.",
     "Ground troops in Iran are part of the plan, officials said."),
    ("polarity", "The White House denied that Trump plans to deploy troops to Iran.",
     "Trump plans to deploy troops to Iran, NBC reported."),
    ("polarity", "Leavitt denied the report.", "Leavitt confirmed the report."),
    ("polarity", "The White House has confirmed the plan.", "The White House has denied the plan."),
    ("figure", "Indonesia earthquake: 24 dead and over 200 injured",
     "Earthquake in Indonesia: 1 dead, over 200 injured"),
    ("figure", "The quake killed five people.", "The quake killed 15 people."),
    ("event", "Two guards were killed.", "Two guards were injured."),
    ("role", "Sudan accused South Sudan of backing rebels.", "South Sudan accused Sudan of backing rebels."),
    ("polarity", "Trump has made a final decision on troops.", "Trump has not made a final decision on troops."),
    ("polarity", "Iran has agreed to the talks.", "Iran has refused the talks."),
    # weekdays of one happening, two days or more apart
    ("figure", "The fire broke out on Tuesday.", "The fire broke out on Thursday."),
    ("figure", "The quake struck Sunday.", "The quake struck on Tuesday."),
    ("figure", "He died on Monday.", "He died Friday in hospital."),
    ("figure", "The protesters marched on Tuesday and again on Thursday.", "The protesters marched on Saturday."),
    # a magnitude on the Richter scale
    ("figure", "The earthquake measured 6.1 on the Richter scale.", "The earthquake measured 7.1 on the Richter scale."),
    ("figure", "The earthquake measured 6.1 on the Richter scale.", "A 7.1-magnitude earthquake struck."),
    # shot dead, shot and wounded, executed, arrested
    ("event", "Two officers were shot dead.", "Two officers were shot and wounded."),
    ("event", "Four people were found dead in the house.", "Four people were found alive in the house."),
    ("event", "The hostage was executed by the militants.", "The hostage was freed by the militants."),
    ("event", "The gunman was shot dead by police.", "The gunman was arrested by police."),
    ("event", "Three people were arrested.", "Three people were killed."),
    # "no" against "a" or "an", custody, reopening, rejecting, a truce, a strike still on
    ("polarity", "Police have made an arrest in the case.", "Police have made no arrests in the case."),
    ("polarity", "There were no injuries.", "There was an injury."),
    ("polarity", "The suspect is in custody.", "The suspect remains at large."),
    ("polarity", "The suspect remains in police custody.", "The suspect remains at large."),
    ("polarity", "The suspect was arrested on Monday.", "The suspect remains at large."),
    ("polarity", "The airport remains closed.", "The airport has reopened."),
    ("polarity", "The union has agreed to the deal.", "The union has rejected the deal."),
    ("polarity", "The ceasefire held.", "The ceasefire collapsed on Monday."),
    ("polarity", "The ceasefire is holding.", "The ceasefire has collapsed."),
    ("polarity", "The strike is still on, the union said.", "The union said the strike had been called off."),
    ("figure", "No one was hurt.", "Several people were hurt."),
    ("figure", "The quake struck Qeshm island, home to 120,000 people, state media said.",
     "The quake was centred near Qeshm Island, home to 200,000 people."),
    ("figure", "Zarand, a town of about 15,000 people in Kerman province", "Zarand, a town of 50,000 people"),
    ("figure", "We have received around 50 people with injuries.", "We have received 157 people with injuries."),
    ("figure", "The camp shelters more than 20,000 civilians.", "The camp shelters 5,000 civilians."),
    ("figure", "Fewer than 100 people attended.", "About 1,200 people attended."),
    ("figure", "Police said 10,000 people marched.", "Organisers said 50,000 people marched."),
    ("figure", "The tower is 300 metres tall.", "The tower is 300 feet tall."),
    ("figure", "The epicentre was 10 km deep.", "The quake struck at a depth of 60 miles."),
    ("figure", "He died after falling 150 meters from a ridge.", "He died after falling about 200 feet from a ridge."),
    ("figure", "Between 10 and 15 people were injured.", "30 people were injured."),
    ("figure", "A quarter of the town was flooded.", "75 percent of the town was flooded."),
    ("figure", "15 per cent of the staff were cut.", "Half of the staff were cut."),
    ("figure", "About 75 percent of the town was flooded.", "A third of the town was flooded."),
    ("figure", "The hurricane left 2 million without power.", "The hurricane left 200,000 without power."),
    ("figure", "Hurricane Leaves 2 Million Without Power", "Hurricane Leaves 200,000 Without Power"),
    ("polarity", "Trump Denies Plan To Send Troops To Iran", "Trump Plans To Send Troops To Iran"),
    ("figure", "The fire destroyed several homes.", "The fire destroyed one home."),
    ("figure", "Several thousand people fled.", "About 500 people fled."),
    ("polarity", "The plane crashed shortly after takeoff.", "The plane landed safely shortly after takeoff."),
    # inclusion said both ways, one negated ("not part of the plan" / "the plan includes")
    ("polarity", "Sending troops to Iran is not part of the plan, the White House said.",
     "The plan includes sending troops to Iran."),
    ("polarity", "Ground troops are part of the plan.", "The plan does not include ground troops."),
    ("polarity", "The package includes tax cuts.", "Tax cuts were not part of the package."),
    ("polarity", "Troops not in plan", "Plan includes troops"),
    # courts, votes and regulators
    ("polarity", "The suspect was granted bail.", "The suspect was denied bail."),
    ("polarity", "The suspect was refused bail.", "The suspect was granted bail on Monday."),
    ("polarity", "The jury found him guilty.", "The jury acquitted him."),
    ("polarity", "The merger was approved by regulators.", "Regulators blocked the merger."),
    ("polarity", "The court upheld the ban.", "The court struck down the ban."),
    ("polarity", "The minister survived the no-confidence vote.", "The minister lost the no-confidence vote."),
    # a negated noun after its article, the same form under way in both
    ("polarity", "Several residents told him it was an Antonov plane.",
     "Several residents told him it was not an Antonov plane."),
    ("polarity", "The heist is the latest to hit France.", "The heist is not the latest to hit France."),
    ("polarity", "UNHCR had been readying new refugee sites.", "UNHCR had not been readying new refugee sites."),
    # not denied against denied; a country's adjective denied, the country stated
    ("polarity", "Israel has neither confirmed nor denied the strike.", "Israel denied carrying out the strike."),
    ("polarity", "The White House did not deny the report.", "The White House rejected the report."),
    ("polarity", "The Kremlin denied Russian involvement in the hack.", "Russia was involved in the hack, officials said."),
    # who does what to whom: releasing, violating
    ("role", "Hamas released Israeli hostages.", "Israel released Hamas hostages."),
    ("role", "India violated the ceasefire, Pakistan said.", "Pakistan violated the ceasefire, India said."),
    ("role", "The police officer shot the teenager.", "The teenager shot the police officer."),
]


@pytest.mark.parametrize("a,b", AGREE)
def test_agreeing_versions_are_not_flagged(a: str, b: str) -> None:
    assert kind_of(a, b) is None
    assert kind_of(b, a) is None


@pytest.mark.parametrize("kind,a,b", CONFLICT)
def test_contradicting_versions_are_flagged_with_their_kind(kind: str, a: str, b: str) -> None:
    assert kind_of(a, b) == kind
    assert kind_of(b, a) == kind


def test_details_say_what_each_version_says() -> None:
    assert detail_of("The fire broke out on Tuesday.", "The fire broke out Thursday.") == (
        "broke out on Tuesday vs broke out Thursday")
    assert detail_of("Sending troops to Iran is not part of the plan.", "The plan includes sending troops to Iran.") == (
        '"Iran is not part of the plan" vs "The plan includes sending troops to Iran"')
    assert detail_of("Israel has neither confirmed nor denied the strike.", "Israel denied carrying out the strike.") == (
        '"nor denied the strike" vs "Israel denied carrying out the strike"')
    assert detail_of("The bill passed by a vote of 60 to 40.", "The bill passed 61-39.") == "60-40 vs 61-39"
    assert detail_of("Iran denied any involvement in the attack on the tanker.",
                     "Iran was involved in the attack on the tanker, officials said.") == (
        '"denied any involvement in the attack on the tanker" vs "involved in the attack on the tanker"'
    )
    assert detail_of("Turkey shot down a Russian jet near the border.", "Russia shot down a Turkish jet near the border.") == (
        "Turkey shot down a Russian jet vs Russia shot down a Turkish jet"
    )
    assert detail_of("The quake left 24 people dead.", "Magnitude-6.1 quake hits Indonesia; 1 dead") == "24 dead vs 1 dead"
    assert detail_of("killing at least five people and injuring dozens", "injuring at least five people") == (
        "at least 5 dead vs at least 5 injured"
    )
    assert detail_of("The camp holds about 20,000 refugees.", "The camp holds over 24,000 refugees.") == (
        "about 20,000 refugees vs over 24,000 refugees"
    )
    assert detail_of("Greece gets a $141 billion loan.", "Greece gets a $144 billion loan.") == "$141 billion vs $144 billion"
    assert detail_of("The plane was carrying 239 people.", "The plane was carrying 293 people.") == (
        "239 people aboard vs 293 people aboard"
    )
    assert detail_of("Prices rose 5 to 10 percent.", "Prices rose 6 to 12 percent.") == "5-10 percent vs 6-12 percent"
    assert detail_of("Stocks plunged 5.4 per cent.", "Stocks closed down 3.9 percent.") == "5.4 per cent vs 3.9 percent"
    assert detail_of("Jewellery worth £1.7m was stolen.", "Jewellery worth £2.7m was stolen.") == "£1.7 m vs £2.7 m"
    assert detail_of("The 66-year-old victim died.", "The victim was 76 years old.") == "victim aged 66 vs victim aged 76"
    assert detail_of("He was sentenced to death.", "He was sentenced to life.") == "death sentence vs life sentence"
    assert detail_of("She won a third term.", "She won a second term.") == "3rd term vs 2nd term"
    assert detail_of("The hostage was freed.", "The hostage was killed.") == "hostage freed vs hostage dead"
    assert detail_of("The bridge collapsed at 5 p.m.", "The bridge collapsed at about 8:15 pm.") == (
        "collapsed at 5 p.m. vs collapsed at 8:15 pm"
    )
    assert detail_of("The suspect, 34, was charged.", "The suspect, 43, was charged.") == "suspect aged 34 vs suspect aged 43"
    assert detail_of("Three climbers were rescued.", "Three climbers were killed.") == "3 climbers rescued vs 3 climbers dead"
    assert detail_of("The White House said the report was false.", "The White House confirmed the report.") == (
        "the report was false vs confirmed"
    )
    assert detail_of("The White House called the NBC report \"completely false.\"", "The White House confirmed it.") == (
        "White House called the NBC report completely false vs confirmed"
    )
    polarity = detail_of("Troops in Iran are not part of the plan.", "Troops in Iran are part of the plan.")
    assert '"not part of the plan"' in polarity and polarity.endswith('"are part of the plan"')
    role = detail_of("Sudan accused South Sudan of arming rebels.", "South Sudan accused Sudan of arming rebels.")
    assert role == "Sudan accused South Sudan vs South Sudan accused Sudan"


def _claim(*texts: tuple[str, str]) -> Claim:
    members = [Sentence(art, i, 0, len(t), t) for i, (art, t) in enumerate(texts)]
    return Claim(1, members)


def test_find_conflicts_compares_members_of_different_articles_only() -> None:
    same_article = _claim(("A", "Five people were killed."), ("A", "Seven people were killed."))
    across = _claim(("A", "Five people were killed."), ("B", "Five people were killed."), ("C", "Seven people were killed."))
    find_conflicts([same_article, across])
    assert same_article.conflicts == []
    assert [(c.kind, c.members, c.detail) for c in across.conflicts] == [("figure", (0, 2), "5 dead vs 7 dead")]


def test_one_disagreement_is_listed_once_per_claim() -> None:
    claim = _claim(
        ("A", "Indonesia quake: 24 dead."), ("B", "Indonesia quake: 24 dead."),
        ("C", "Indonesia quake: 1 dead."), ("D", "Indonesia quake: 1 dead."),
    )  # fmt: skip
    find_conflicts([claim])
    assert [(c.kind, c.members, c.detail) for c in claim.conflicts] == [("figure", (0, 2), "24 dead vs 1 dead")]


def _article(label: str, text: str) -> Article:
    return Article(label, f"{label.lower()}.txt", f"Outlet {label}", text)


def test_compare_flags_a_linked_contradiction_and_leaves_agreement_alone() -> None:
    a = _article("A", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing 24 people, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
        "Sudan has accused South Sudan of arming rebel groups in the border states."
    ))  # fmt: skip
    b = _article("B", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing one person, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
        "South Sudan has accused Sudan of arming rebel groups in the border states."
    ))  # fmt: skip
    comparison = build_comparison([a, b])
    by_first = {c.members[0].text.split()[0]: c for c in comparison.claims if c.is_shared}
    assert [(k.kind, k.detail) for k in by_first["A"].conflicts] == [("figure", "24 dead vs 1 dead")]
    assert by_first["Rescue"].conflicts == []
    assert [k.kind for k in by_first["Sudan"].conflicts] == ["role"]


def test_a_denial_linked_with_the_report_it_denies_is_flagged() -> None:
    a = _article("A", (
        "The White House denied the report that Trump plans to send ground troops into Iran next month.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    b = _article("B", (
        "Trump plans to send ground troops into Iran next month, NBC News reported on Friday.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    comparison = build_comparison([a, b])
    shared = [c for c in comparison.claims if c.is_shared and "ground troops" in c.members[0].text]
    assert len(shared) == 1 and len(shared[0].members) == 2
    assert [(k.kind, k.detail) for k in shared[0].conflicts] == [
        ("polarity", '"denied the report that Trump plans to send ground troops into Iran next month" vs '
                     '"Trump plans to send ground troops into Iran next month"')]


_DETAILS_SCRIPT = """
from analyst_tui.core.conflicts import Version, pair_conflict
pairs = [
    ("RJR spends an estimated $30 million on NASCAR.", "RJR spends an estimated $75 million on NASCAR."),
    ("About 20,000 refugees are in the camp.", "Roughly 24,000 refugees are in the camp."),
    ("Sudan accused South Sudan and bombed Kordofan.", "South Sudan accused Sudan and bombed Kordofan."),
    ("Profits rose 5% and the board approved the plan.", "Profits fell 5% and the board rejected the plan."),
]
for a, b in pairs:
    print(pair_conflict(Version.of(a), Version.of(b)))
"""


def test_details_are_the_same_in_every_run() -> None:
    """Python orders a set of strings differently in each process: no detail may depend on that order."""
    import os
    import subprocess
    import sys

    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _DETAILS_SCRIPT], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout)
    assert len(seen) == 1, seen
    assert "an estimated $30 million" in seen.pop()
