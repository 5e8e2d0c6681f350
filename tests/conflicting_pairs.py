"""Versions of one claim that contradict each other, with the kind each pair must be flagged as
(``test_conflicts``)."""

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
    ("polarity", "No one was killed in the blast.", "Three people were killed in the blast."),
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
    # granted or refused, in the passive and before a thing of one word; a measure with no figure
    ("polarity", "A licence for the new nightclub on the quay was granted at a council hearing on Thursday.",
     "A licence for the new nightclub on the quay was refused at a council hearing on Thursday."),
    ("polarity", "A tribunal has granted refugee status to the journalist, his lawyer said.",
     "His lawyer said a tribunal has refused refugee status to the journalist."),
    ("polarity", "The band's estate has given permission for the song to be used in the advert.",
     "The band's estate has refused permission for the song to be used in the advert."),
    ("event", "Wheat futures rose in Chicago on Wednesday after the harvest report.",
     "Wheat futures fell in Chicago on Wednesday after the harvest report."),
    # parties exchanged around other verbs than one said of both
    ("role", "The film, directed by Ana Lind and produced by Tom Berg, opened the festival.",
     "The film, directed by Tom Berg and produced by Ana Lind, opened the festival."),
    ("role", "Halden Foods cut the price of bread first, with Marston Stores following within hours.",
     "Marston Stores cut the price of bread first, with Halden Foods following within hours."),
    ("polarity", "The shipping line said its vessels would continue to call at the port during the strike.",
     "The shipping line's vessels will stop calling at the port during the strike, it said."),
    ("polarity", "The magistrate granted bail to two men charged over the robbery.",
     "Two men charged over the robbery were denied bail by the magistrate."),
    ("event", "The council's appeal against the planning ruling was upheld by three judges on Friday.",
     "On Friday three judges dismissed the council's appeal against the planning ruling."),
    ("polarity", "The central bank said on Tuesday it would end its policy of negative interest rates.",
     "The central bank said on Tuesday it would keep its policy of negative interest rates."),
    # decided against doing it, declined to do it
    ("polarity", "The Bank of Canada cut interest rates on Wednesday, citing weak growth.",
     "The Bank of Canada decided against cutting interest rates on Wednesday, citing weak growth."),
    ("polarity", "Officials said the pilot managed to lower the landing gear before the emergency landing.",
     "The pilot was unable to lower the landing gear before the emergency landing, officials said."),
    ("polarity", "The senate voted on Monday to approve the new border treaty.",
     "The senate again declined on Monday to approve the new border treaty."),
    # a measure that rose or fell, read further back; a restriction kept or lifted
    ("event", "Church attendance in the diocese increased last year, the bishop's office said.",
     "Church attendance in the diocese decreased last year, the bishop's office said."),
    ("event", "Figures showed the economy had grown in the second quarter.", "Figures showed the economy had shrunk in the second quarter."),
    ("polarity", "The night-time curfew will remain in place this weekend, the governor said.",
     "The governor said the night-time curfew would be lifted this weekend."),
    # one figure against another at the same word, the rest said alike
    ("figure", "Exactly 48 people were picked up from a dinghy off Dover on Monday, officials confirmed.",
     "Officials confirmed that 84 people had been picked up from a dinghy off Dover on Monday."),
    ("figure", "The harvest was the smallest since 1958, according to the ministry.",
     "According to the ministry, the harvest was the smallest since 1978."),
    ("figure", "The girl, who was 12, had walked alone from the station, the inquest heard.",
     "The inquest heard that the girl, who was 15, had walked alone from the station."),
    ("figure", "The strike at the smelter entered its third week on Monday, the company said.",
     "The company said the strike at the smelter entered its fifth week on Monday."),
    ("figure", "The death toll from the landslide has risen to 112, the agency said on Saturday.",
     "The agency said on Saturday the death toll from the landslide in the north of the country had risen to 211."),
    ("figure", "The utility will impose stage 4 power cuts from 4pm on Wednesday, it said.",
     "Stage 6 power cuts will be imposed from 4pm on Wednesday, the utility said."),
    ("figure", "The university climbed to eighth place in the world rankings released on Tuesday.",
     "In the world rankings released on Tuesday, the university climbed to 11th place."),
    # another figure in the same place, every other word kept
    ("figure", "The nurses rejected a pay offer spread over two years, the union said.",
     "The nurses rejected a pay offer spread over three years, the union said."),
    ("figure", "Air defences shot down 18 of the 25 missiles fired overnight, the army said.",
     "Air defences shot down 8 of the 25 missiles fired overnight, the army said."),
    ("figure", "The central bank raised rates for the ninth month in a row on Thursday.",
     "The central bank raised rates for the seventh month in a row on Thursday."),
    ("figure", "The probe is due to reach the comet in March 2029, the agency said.",
     "The probe is due to reach the comet in October 2029, the agency said."),
    ("figure", "Officials now say about 240 people were held in the raid.", "Officials now say about 140 people were held in the raid."),
    # a group against people in general; lower bounds; amounts after a name; prison terms; tallies; ages; families
    ("figure", "Nineteen passengers were hurt when the ferry hit the pier.", "Police said 41 people were injured when the ferry struck the pier."),
    ("figure", "Officers detained 14 demonstrators outside the embassy.", "Police said 40 people were detained outside the embassy."),
    ("figure", "At least 23 people were killed in the landslide.", "The landslide left at least 32 people dead."),
    ("figure", "Police arrested 31 suspected members of the gang.", "Twenty-one alleged gang members were detained."),
    ("figure", "The watchdog fined Halworths 9.6 million pounds for misleading shoppers.",
     "Halworths was ordered to pay a 16 million pound penalty for misleading shoppers."),
    ("figure", "A Dublin court jailed the adviser for seven years on Friday.",
     "The adviser, who cheated his clients, was sentenced to eleven years in prison by a Dublin court."),
    ("figure", "Judges handed the ex-mayor a four-year jail term.", "A court sentenced the former mayor to six years in prison."),
    ("figure", "Betis beat Valencia 3-1 on Saturday.", "Betis came back to defeat visiting Valencia 3-2 on Saturday."),
    ("figure", "The bill cleared the Senate by 62 votes to 38.", "Senators passed the border security legislation 58-42."),
    ("figure", "A magnitude 6.4 earthquake struck off Taiwan.", "The quake off Taiwan's east coast measured 5.9."),
    ("figure", "The climber, a 62-year-old retired teacher, was found dead.",
     "Police said a retired schoolteacher from Bavaria, aged 68, had been found dead."),
    ("figure", "The carmaker will cut 3,500 jobs at its German plants.", "The carmaker said 2,000 positions at its German plants will go."),
    ("figure", "Officials confirmed 23 new cases of the virus in Kerala.", "Kerala officials confirmed 32 fresh infections."),
    ("figure", "Turnout in Portugal reached 66 percent.", "In Portugal, 59% of the electorate cast ballots, the commission said."),
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
    ("event", "The company said profits rose 5%.", "The company said profits fell 5%."),
    ("event", "Germany won the final.", "Germany lost the final."),
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
    ("event", "Shares were up 3% on Monday.", "Shares were down 3% on Monday."),
    ("event", "The company gained 3 percent.", "The company lost 3 percent."),
    ("event", "The court upheld the ruling.", "The court overturned the ruling."),
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
    ("event", "The governor signed the bill.", "The governor vetoed the bill."),
    ("polarity", "A White House spokeswoman said the report was false.",
     "A White House spokeswoman said the report was accurate."),
    ("polarity", "The White House called the report fake news.", "The White House confirmed the report."),
    ("polarity", "The White House said that the report was false.", "The White House confirmed the report."),
    ("polarity", "The White House said the report was not true.", "The White House confirmed the report."),
    ("polarity", "The talks will go ahead on Monday.", "The talks will not go ahead on Monday."),
    ("polarity", "The missile hit the target.", "The missile missed the target."),
    ("event", "The vote was postponed.", "The vote went ahead as planned."),
    ("event", "The match was cancelled.", "The match went ahead on Sunday."),
    ("event", "The strike has been called off.", "The strike went ahead on Monday."),
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
    # dates and years of one happening
    ("figure", "The attack happened on March 5.", "The attack happened on March 15."),
    ("figure", "The quake struck on 5 March.", "The quake struck on 15 March."),
    ("figure", "The plant opened in 1998.", "The plant opened in 1989."),
    ("figure", "He was born in 1950.", "He was born in 1960."),
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
    ("event", "Three miners remain missing.", "Three miners were found dead."),
    ("event", "Three people, one of them a pregnant woman, were injured.", "Three people were killed."),
    ("figure", "Three people, police said, were killed.", "Five people were killed."),
    ("event", "Three miners remain trapped.", "Three miners were rescued."),
    ("event", "The hostage escaped.", "The hostage was killed."),
    ("event", "Two people were killed.", "Two people were slightly injured."),
    ("event", "Two people were seriously injured.", "Two people were killed."),
    ("figure", "Two people were seriously injured.", "Three people were seriously injured."),
    # "no" against "a" or "an", custody, reopening, rejecting, a truce, a strike still on
    ("polarity", "Police have made an arrest in the case.", "Police have made no arrests in the case."),
    ("polarity", "There were no injuries.", "There was an injury."),
    ("polarity", "The suspect is in custody.", "The suspect remains at large."),
    ("polarity", "The suspect remains in police custody.", "The suspect remains at large."),
    ("polarity", "The suspect was arrested on Monday.", "The suspect remains at large."),
    ("event", "The airport remains closed.", "The airport has reopened."),
    ("polarity", "The union has agreed to the deal.", "The union has rejected the deal."),
    ("event", "The ceasefire held.", "The ceasefire collapsed on Monday."),
    ("event", "The ceasefire is holding.", "The ceasefire has collapsed."),
    ("polarity", "The strike is still on, the union said.", "The union said the strike had been called off."),
    ("polarity", "No one was hurt.", "Several people were hurt."),
    ("figure", "The quake struck Qeshm island, home to 120,000 people, state media said.",
     "The quake was centred near Qeshm Island, home to 200,000 people."),
    ("figure", "Zarand, a town of about 15,000 people in Kerman province", "Zarand, a town of 50,000 people"),
    ("figure", "We have received around 50 people with injuries.", "We have received 157 people with injuries."),
    ("figure", "The camp shelters more than 20,000 civilians.", "The camp shelters 5,000 civilians."),
    ("figure", "Fewer than 100 people attended.", "About 1,200 people attended."),
    ("figure", "Police said 10,000 people marched.", "Organisers said 50,000 people marched."),
    ("figure", "The tower is 300 metres tall.", "The tower is 300 feet tall."),
    ("figure", "The temperature hit 40 degrees Celsius.", "Temperatures reached 110 degrees Fahrenheit."),
    ("figure", "The temperature hit 40 degrees Celsius.", "The temperature hit 40 degrees Fahrenheit."),
    ("figure", "Turnout was about 60%.", "Turnout was about 80%."),
    ("figure", "The S&P gained about 3.5 percent.", "The S&P gained 0.1 percent."),
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
    ("event", "The plane crashed shortly after takeoff.", "The plane landed safely shortly after takeoff."),
    # inclusion said both ways, one negated ("not part of the plan" / "the plan includes")
    ("polarity", "Sending troops to Iran is not part of the plan, the White House said.",
     "The plan includes sending troops to Iran."),
    ("polarity", "Ground troops are part of the plan.", "The plan does not include ground troops."),
    ("polarity", "The package includes tax cuts.", "Tax cuts were not part of the package."),
    ("polarity", "Troops not in plan", "Plan includes troops"),
    # a quote's "we" and reported speech's "he"
    ("polarity", "\u201cWe will not send troops,\u201d the president said.", "The president said he would send troops."),
    ("polarity", "\u201cWe did not attend the meeting,\u201d she said.", "She said they attended the meeting."),
    # rates, results, deals, meetings, strikes
    ("event", "The central bank raised interest rates.", "The central bank cut interest rates."),
    ("polarity", "The committee voted to approve the plan.", "The committee rejected the plan."),
    # a subject denied as a whole: "nothing", "nobody"
    ("polarity", "Nothing was stolen, police said.", "Jewellery worth $2 million was stolen, police said."),
    ("polarity", "Nobody was hurt, police said.", "Two officers were hurt, police said."),
    ("polarity", "Nothing was found in the car.", "A gun was found in the car."),
    ("polarity", "None of the passengers survived.", "All of the passengers survived."),
    ("polarity", "None of the victims were identified.", "The victims were identified as local residents."),
    ("polarity", "The company beat analysts' expectations.", "The company missed analysts' expectations."),
    ("event", "The deal was completed on Friday.", "The deal fell through on Friday."),
    ("polarity", "The president will attend the summit.", "The president will skip the summit."),
    ("event", "The strike ended on Monday.", "The strike continued on Monday."),
    # courts, votes and regulators
    ("polarity", "The suspect was granted bail.", "The suspect was denied bail."),
    ("polarity", "The suspect was refused bail.", "The suspect was granted bail on Monday."),
    ("event", "The jury found him guilty.", "The jury acquitted him."),
    ("event", "The merger was approved by regulators.", "Regulators blocked the merger."),
    ("event", "The court upheld the ban.", "The court struck down the ban."),
    ("event", "The minister survived the no-confidence vote.", "The minister lost the no-confidence vote."),
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
    # two lower bounds half as big again; an active arrest verb; a temperature as "42C"; a tally named after a word
    ("figure", "The quake killed at least 24 people.", "The quake killed at least 41 people."),
    ("figure", "The blaze has burned more than 80,000 acres.", "The blaze has burned more than 130,000 acres."),
    ("figure", "Police arrested more than 200 protesters.", "About 20 protesters were arrested by police."),
    ("figure", "Temperatures reached 45C in Madrid.", "Temperatures reached 39 degrees Celsius in Madrid."),
    ("figure", "The bill passed 60-38 in the Senate.", "The bill passed after a 55-43 Senate vote."),
    # a subject before an aside: a relative clause, an apposition, an age
    ("polarity", "The driver, a 30-year-old man, was armed.", "The driver, a 30-year-old man, was unarmed."),
    ("polarity", "The governor, who has not been charged with any crime, resigned.",
     "The governor, who has been charged with fraud, resigned."),
    ("event", "The ferry, which left port at noon, sank near the island.",
     "The ferry, which left port at noon, remained afloat near the island."),
    ("event", "The jet, which lost an engine, crashed into the sea.", "The jet, which lost an engine, landed safely."),
    ("event", "Governor Ann Lee, 61, a former judge, won re-election.", "Governor Ann Lee, 61, a former judge, lost re-election."),
    # other outcomes (told as polarity: one outcome stated, its opposite stated)
    ("event", "A jury convicted the nurse of murder.", "The nurse was acquitted of murder by a jury."),
    ("event", "The truce held on its third day.", "The truce collapsed on its third day."),
    ("event", "Shares of the bank rose sharply on Monday.", "Shares of the bank fell sharply on Monday."),
    ("event", "The champion retained her title.", "The champion lost her title."),
    ("event", "The prime minister survived a confidence vote.", "The prime minister was ousted in a confidence vote."),
    ("event", "The wildfire was contained on Friday.", "The wildfire was still spreading on Friday."),
    # roles: a numbered receiver, intent before the verb, knocking out
    ("role", "Germany expelled 4 Russian diplomats.", "Russia expelled 4 German diplomats."),
    ("role", "Oracle has agreed to acquire Cerner.", "Cerner has agreed to acquire Oracle."),
    ("role", "Spain knocked out Italy in the final.", "Italy knocked out Spain in the final."),
    # any verb, its two named parties swapped (``swaps``)
    ("role", "Conservatives Take Seat From Labour", "Labour took the seat from the Conservatives."),
    ("role", "TOKYO (Reuters) - China lodged a protest with Japan.", "Japan lodged a protest with China."),
    ("role", "The Lakers traded Miles to the Celtics.", "The Celtics traded Miles to the Lakers."),
    ("role", "Russia supplies gas to Germany.", "Germany supplies gas to Russia."),
    ("role", "The UN appealed to Israel to stop.", "Israel appealed to the UN to stop."),
    # standing, scheduled, destroyed, discharged
    ("polarity", "The old bridge remained standing after the flood.", "The old bridge collapsed after the flood."),
    ("event", "The summit began on Monday as scheduled.", "The summit was postponed on Monday."),
    ("event", "The flight to Denver was diverted to Omaha.", "The flight to Denver landed as scheduled."),
    ("event", "The depot was destroyed in the strike.", "The depot was slightly damaged in the strike."),
    ("event", "The injured climber was discharged on Friday.", "The injured climber remains in intensive care."),
    # "no evidence" denies the clause after it
    ("polarity", "There is no evidence that the virus can spread between humans.", "The virus can spread between humans, the WHO said."),
    # a figure unmatched in the same place among several; a vote in "votes to"
    ("figure", "Inflation eased to 3.1% in May from 3.6% in April.", "Inflation eased to 3.4% in May from 3.6% in April."),
    ("figure", "MPs backed the bill by 300 votes to 210.", "The bill was backed by MPs by 300 votes to 120."),
    # "not known to police"; initials before the negated noun
    ("polarity", "The gunman was known to police.", "The gunman was not known to police."),
    ("polarity", "The ministry confirmed that UK troops took part in the operation.",
     "The ministry said no UK troops took part in the operation."),
    # more outcomes
    ("event", "The truce between the two armies held overnight.", "The truce between the two armies collapsed overnight."),
    ("event", "The housing bill passed its final vote.", "The housing bill was defeated in its final vote."),
    ("event", "The judges allowed her appeal on Monday.", "The judges dismissed her appeal on Monday."),
    ("event", "The ferry reached port safely.", "The ferry capsized before it reached port."),
    ("event", "The boy is in a stable condition in hospital.", "The boy died in hospital."),
    ("event", "The regulator blocked the takeover of the airline.", "The takeover of the airline was cleared by the regulator."),
    ("event", "The levee held despite the storm.", "The levee burst during the storm."),
    ("event", "The final at Wembley was abandoned.", "The final at Wembley went ahead."),
    ("event", "The two hostages were released unharmed.", "The two hostages were killed."),
    # roles: summoned, fouled, assaulted, overtook
    ("role", "Pakistan summoned India's envoy on Sunday.", "India summoned Pakistan's envoy on Sunday."),
    ("role", "The defender was fouled by the winger.", "The winger was fouled by the defender."),
    ("role", "BYD overtook Tesla in sales.", "Tesla overtook BYD in sales."),
    # taken into custody, under control, orbit, a dam that held, a party's adjective before a role noun
    ("event", "The driver was taken into custody at the scene.", "The driver was shot dead at the scene."),
    ("event", "Officers took the gunman into custody.", "The gunman was killed by officers."),
    ("event", "Crews brought the wildfire under control on Sunday.", "The wildfire was burning out of control on Sunday."),
    ("event", "The probe reached orbit after launch.", "The probe exploded after launch."),
    ("event", "The levee held after the storm.", "The levee burst after the storm."),
    ("role", "The Republican senator defeated the Democratic governor.", "The Democratic governor defeated the Republican senator."),
    # unlikely; never knew about; none of them past a relative clause
    ("polarity", "Officials said further cuts were likely this year.", "Officials said further cuts were unlikely this year."),
    ("polarity", "\"I knew about the loans,\" the former director said.", "\"I never knew about the loans,\" the former director said."),
    ("polarity", "None of the 30 pupils on the bus, which skidded off the road, were hurt.",
     "Several of the 30 pupils on the bus, which skidded off the road, were hurt."),
    # units: millimetres, hectares against acres, about 40 km against roughly 40 miles; a move said with two verbs
    ("figure", "Some 150mm of rain fell in a day.", "Nearly 250 millimetres of rain fell in a day."),
    ("figure", "The fire has burned about 12,000 acres of forest.", "The fire has burned roughly 1,200 hectares of forest."),
    ("figure", "The epicentre was about 40 kilometres south of the city.", "The epicentre was roughly 40 miles south of the city."),
    ("figure", "The Dow Jones average fell 530 points on Tuesday.", "The Dow was dropping 350 points on Tuesday."),
    ("figure", "Shares rose 1.4% on Friday.", "Shares rose about 0.9 percent on Friday."),
    # contains and includes; related and unrelated; parts named across "and"
    ("polarity", "The new contract includes a release clause.", "The new contract does not contain a release clause."),
    ("polarity", "The delays were related to the strike.", "The delays were unrelated to the strike."),
    ("polarity", "Tariffs on steel and aluminium are not part of the deal.", "The deal includes tariffs on steel."),
    # more outcomes: ratified, quashed, qualified, a thing done and then said of itself
    ("polarity", "Parliament ratified the treaty on Wednesday.", "Parliament rejected the treaty on Wednesday."),
    ("event", "The court upheld the conviction.", "The court quashed the conviction."),
    ("event", "She qualified for the final.", "She was eliminated before the final."),
    ("polarity", "The senate passed the bill late on Tuesday.", "Late on Tuesday, the senate rejected the bill."),
    ("polarity", "Police arrested the suspected gunman on Friday.", "The suspected gunman remained at large on Friday."),
    ("event", "The union called off the rail strike.", "The rail strike went ahead as planned."),
    ("role", "The council owes the builder £3m.", "The builder owes the council £3m."),
    ("role", "A guard was punched by a prisoner.", "A guard punched a prisoner."),
    # the same act in another verb, the parties the other way round
    ("role", "The mining group acquired the smaller copper producer in March.",
     "The smaller copper producer bought the mining group in March."),
    ("role", "The nurses union accused the health board of stalling talks.",
     "The health board blamed the nurses union for stalling talks."),
    ("role", "The coastguard crew rescued two fishermen off the headland.", "Two fishermen saved the coastguard crew off the headland."),
    ("role", "The opposition leader criticised the finance minister over the budget.",
     "The finance minister slammed the opposition leader over the budget."),
    ("role", "The home side thrashed the visitors at the weekend.", "The visitors defeated the home side at the weekend."),
    # two parties exchanged, every other word kept
    ("role", "Norway sent 40 paramedics to help Sweden after the storm, officials in Oslo said.",
     "Sweden sent 40 paramedics to help Norway after the storm, officials in Oslo said."),
    ("role", "Engineers at Veltro Systems found the bug in an app made by Quarry Soft.",
     "Engineers at Quarry Soft found the bug in an app made by Veltro Systems."),
    ("role", "Firefighters from Kent were sent to support crews from Essex during the blaze.",
     "Firefighters from Essex were sent to support crews from Kent during the blaze."),
    ("role", "Footage shows a steward pushing a fan down the stairs.", "Footage shows a fan pushing a steward down the stairs."),
    ("role", "The head of the Bank of Ruritania has written to the finance minister explaining the missed target.",
     "The finance minister has written to the head of the Bank of Ruritania explaining the missed target."),
    ("role", "Harbour Mutual has agreed to take over Fell Building Society in a deal worth £40 million.",
     "Fell Building Society has agreed to take over Harbour Mutual in a deal worth £40 million."),
    ("role", "The prisoner swap, the first in a year, was brokered by the United Arab Emirates, officials said.",
     "Officials said the prisoner swap, the first in a year, was brokered by Turkey."),
    # another doer named in the same place, every other word kept
    ("role", "Kenyan troops fired the first shots near the border, a Somali army spokesman said.",
     "Somali troops fired the first shots near the border, a Somali army spokesman said."),
    ("role", "The truce was brokered by Qatar after two days of talks, diplomats said.",
     "The truce was brokered by Egypt after two days of talks, diplomats said."),
    ("role", "Credit agency Halden Ratings downgraded the county's debt on Monday.",
     "Credit agency Norwick Analytics downgraded the county's debt on Monday."),
    # the same act in other words, subjects named two ways, 'neither', 'no intention of', outcomes of markets,
    # curfews, ranks, jobs and strikes, deaths by stabbing, the one a relative clause is said of
    ('polarity', 'At the Old Bailey on Monday, the teenager pleaded not guilty to manslaughter.',
     'The teenager pleaded guilty to the manslaughter of a cyclist, appearing at the Old Bailey on Monday.'),
    ('polarity', 'Rescuers have yet to reach the trapped miners.',
     'Rescue teams reached the trapped miners on Saturday.'),
    ('polarity', 'No flood warning was issued for the coast of Cornwall.',
     'The agency issued a flood warning for the Cornwall coast.'),
    ('polarity', 'The club said the coach would not be dismissed.',
     'The club confirmed the coach had been sacked.'),
    ('polarity', 'Neither pilot survived the crash.',
     'Both pilots survived the crash.'),
    ('polarity', 'The minister said she had no intention of stepping down.',
     'The minister said she would step down at the end of the month.'),
    ('polarity', 'The referee declined to give the home side a penalty.',
     'The referee awarded the home side a penalty.'),
    ('polarity', 'Turkish lawmakers failed to ratify the treaty.',
     "Turkey's lawmakers ratified the treaty."),
    ('event', 'Oil prices surged on Monday.',
     'Oil prices slumped on Monday.'),
    ('event', 'The government imposed a curfew on Friday.',
     'The government lifted the curfew on Friday.'),
    ('event', 'The minister was promoted in the reshuffle.',
     'The minister was demoted in the reshuffle.'),
    ('event', 'The chief executive resigned on Monday.',
     'The board fired the chief executive on Monday.'),
    ('event', 'The doctors extended their walkout on Friday.',
     'The doctors called off their walkout on Friday.'),
    ('event', 'A teenager was stabbed to death outside the school.',
     'A teenager was stabbed and seriously wounded outside the school.'),
    ('event', 'The boy who fell into the river while playing on the bank was rescued.',
     'The boy drowned in the river.'),
    ('event', 'Two inmates were recaptured on Sunday.',
     'Two inmates were shot dead on Sunday.'),
    # a name after what it is, more countries, ramming and poaching, a doer and a receiver each named more fully
    ('role', 'Dutch bank ING agreed to acquire the Belgian lender Crelan.',
     'The Belgian lender Crelan agreed to acquire Dutch bank ING.'),
    ('role', 'Lithuania expelled three Belarusian diplomats on Monday.',
     'Belarus expelled three Lithuanian diplomats on Monday.'),
    ('role', 'The tanker Nordic Star rammed the trawler Santa Maria in thick fog.',
     'The trawler Santa Maria rammed the tanker Nordic Star in thick fog.'),
    ('role', 'Serena Williams beat her sister Venus in the final.',
     'Venus Williams beat her sister Serena in the final.'),
    ('role', 'Chinese carmaker BYD poached engineers from its rival CATL.',
     'Rival CATL poached engineers from Chinese carmaker BYD.'),
    # 'lost to', 'shot dead', 'shot and killed', assault as attack, knifed as stabbed, unseated; a 40-year-old man
    ('role', 'Magnus Carlsen lost to Ian Nepomniachtchi in the sixth round.',
     'Ian Nepomniachtchi was defeated by Magnus Carlsen in the sixth round.'),
    ('role', 'A police officer was assaulted by a protester outside parliament.',
     'A protester was attacked by a police officer outside parliament.'),
    ('role', 'A security guard shot dead an armed robber during the raid.',
     'An armed robber shot and killed a security guard during the raid.'),
    ('role', "Labour's Priya Shah unseated Conservative MP Richard Hale.",
     'Conservative Richard Hale unseated Labour MP Priya Shah.'),
    ('role', 'A 17-year-old boy stabbed a 40-year-old man at the bus stop.',
     'A 40-year-old man knifed a 17-year-old boy at the bus stop.'),
    # markets shedding, rates lifted, admitted to hospital, into orbit, net profit and loss, a draw, a fire spreading
    ('event', 'The Nikkei 225 index climbed 2.1 percent on Tuesday.',
     'The Nikkei 225 index shed 2.1 percent on Tuesday.'),
    ('event', 'The central bank cut its cash rate on Tuesday.',
     'The central bank lifted its cash rate on Tuesday.'),
    ('event', 'The former president was admitted to hospital on Sunday.',
     'The former president was discharged from hospital on Sunday.'),
    ('event', 'The rocket placed the satellite into orbit on Wednesday.',
     'The rocket carrying the satellite exploded on Wednesday.'),
    ('polarity', 'Maersk swung to a net loss in the third quarter.',
     'Maersk made a net profit in the third quarter.'),
    ('event', 'Ajax and PSV drew at the stadium on Sunday.',
     'Ajax beat PSV at the stadium on Sunday.'),
    ('event', 'Firefighters contained the wildfire near Marseille on Sunday.',
     'The wildfire near Marseille spread into the suburbs on Sunday.'),
    # freed, let / allowed, unharmed / hurt; each version negating a different thing
    ('polarity', 'Soldiers failed to free the girls kidnapped from the school.',
     'The army said soldiers had freed the girls kidnapped from the school.'),
    ('polarity', 'Venezuelan authorities refused to let Gonzalez board the plane.',
     'Venezuelan authorities allowed Gonzalez to board the plane.'),
    ('polarity', 'The lorry driver escaped unharmed when the vehicles collided.',
     'The lorry driver was hurt when the vehicles collided.'),
    ('polarity', 'The ceasefire in southern Lebanon did not hold overnight, with exchanges of fire reported.',
     'The ceasefire in southern Lebanon held overnight, with no exchanges of fire reported.'),
    # taken into custody, passengers aboard, 'will last', an age said of no one named
    ('figure', 'French police detained 230 people overnight.',
     'The ministry said 320 people were taken into custody overnight.'),
    ('figure', 'The ferry was carrying 342 passengers when it ran aground.',
     'Some 243 people were aboard when the ferry ran aground.'),
    ('figure', 'The walkout by ground staff will last 48 hours.',
     'The union said the walkout by ground staff would last 24 hours.'),
    ('figure', 'The climber, a 34-year-old from Sheffield, was airlifted off Ben Nevis.',
     'Rescuers winched a 43-year-old Sheffield man off Ben Nevis.'),
    # arrested / questioned, voted out, towed into port, told to leave / stay, an emergency landing, walked out,
    # seized / released, demolish / restore
    ('event', 'Police arrested a 29-year-old man over the stabbing.',
     'A 29-year-old man was questioned by police over the stabbing.'),
    ("event", "The mayor won a second term in Sunday's election.",
     "The mayor was voted out of office in Sunday's election."),
    ('event', 'The cargo ship Marlin Star sank in the Baltic on Tuesday.',
     'The cargo ship Marlin Star was towed into port on Tuesday.'),
    ('event', 'Residents of Ragalna were ordered to leave their homes on Tuesday.',
     'Residents of Ragalna were told to stay in their homes on Tuesday.'),
    ('event', 'The light aircraft made an emergency landing on the expressway.',
     'The light aircraft crashed onto the expressway.'),
    ('event', 'Train drivers called off their strike on Wednesday.',
     'Train drivers walked out on Wednesday at the start of their strike.'),
    ('event', 'Iranian forces seized the tanker in the Strait of Hormuz.',
     'The tanker was released by Iranian forces in the Strait of Hormuz.'),
    ('event', 'The council voted to demolish the market hall.',
     'The council voted to restore the market hall.'),
    # tested positive / negative, voted in favour / against, an invitation accepted / declined, stayed away,
    # found guilty some words on, confessed / admitted, found / detected
    ('polarity', 'The hospital said the baby had tested positive for whooping cough.',
     'Tests on the baby for whooping cough came back negative, the hospital said.'),
    ('polarity', 'Senator Okafor voted in favour of the bill to lower the voting age.',
     'Senator Okafor voted against the bill to lower the voting age.'),
    ('polarity', 'The incumbent accepted an invitation to a televised debate.',
     'The incumbent declined an invitation to a televised debate.'),
    ('polarity', "Quito's mayor attended Saturday's opening of the metro line.",
     "The mayor of Quito stayed away from Saturday's opening of the metro line."),
    ("event", "A court in Piraeus found the tanker's captain guilty of negligence.",
     "The tanker's captain was acquitted of negligence by a court in Piraeus."),
    ('polarity', 'Prosecutors said the man had confessed to starting the fire.',
     'The man has not admitted starting the fire.'),
    ('polarity', "Laboratory tests found bacteria in the village's drinking water.",
     "No bacteria were detected in the village's drinking water."),
    # the one a relative clause ending in an aside is said of; 'rescued the three divers'
    ('event', 'A lion that escaped from a circus near Rome was recaptured on Saturday.',
     'The lion that got out of a circus, outside Rome, was shot dead on Saturday.'),
    ('event', 'Local fishermen rescued the three Italian divers on Sunday.',
     'Three Italian divers were found dead by local fishermen on Sunday.'),
    # a name after what it is before the verb, taking someone to court, a customer of 22
    ('role', 'Canadian miner Teck Resources rejected a hostile bid from Glencore.',
     'Glencore rejected a hostile takeover bid from Teck Resources.'),
    ('role', 'The landlord has taken his tenant to court over rent arrears.',
     'The tenant has taken her landlord to court over rent arrears.'),
    ('role', 'Police said a bouncer punched a 22-year-old customer outside the club.',
     'A 22-year-old customer punched a bouncer outside the club, police said.'),
    # the date something is to happen
    ('figure', 'The trial of the former governor is due to open in Nairobi on 14 March, prosecutors said.',
     'Prosecutors said the former governor would go on trial in Nairobi on March 24.'),
    # what befell one (``happenings``): two things that do not go together, said of the same one
    ('event', 'The bulk carrier Ocean Dawn, with 22 crew aboard, sank off the Cornish coast on Sunday.',
     'The bulk carrier Ocean Dawn, with 22 crew aboard, ran aground off the Cornish coast on Sunday.'),
    ('event', 'A bronze statue of the town founder was stolen from the square overnight.',
     'A bronze statue of the town founder was vandalised in the square overnight.'),
    ('event', 'The finance director of Harlow Foods, Mark Ellison, resigned on Friday.',
     'Harlow Foods finance director Mark Ellison sacked'),
    ('event', 'A 40-year-old taxi driver was stabbed outside the station late on Friday, police said.',
     'Police said a 40-year-old taxi driver was shot outside the station late on Friday.'),
    ('event', 'Belgrade summoned the Croatian ambassador over the border incident.',
     "Belgrade expelled Croatia's ambassador over the border incident."),
    ('event', 'Rioters set fire to a bus outside the stadium after the final whistle.',
     'Rioters overturned a bus outside the stadium after the final whistle.'),
    ('event', 'The two fishermen, aged 19 and 23, drowned after their dinghy was swept out to sea.',
     'The two fishermen, aged 19 and 23, were rescued after their dinghy was swept out to sea.'),
    ('event', 'The roof of the town hall collapsed under the weight of snow on Monday.',
     'The town hall roof was stolen for its lead on Monday.'),
    ('event', 'The launch of the Kestrel satellite was scrubbed an hour before lift-off.',
     'The Kestrel satellite exploded an hour after lift-off.'),
    ('event', 'Teachers said three pupils have been expelled after the fight.',
     'The school has suspended three pupils after the fight.'),
    ('event', 'General Ivan Petrov, commander of the southern group, was killed in a missile strike.',
     'General Ivan Petrov was relieved of command of the southern group.'),
    ('event', 'Police arrested a woman carrying a replica gun outside the embassy on Tuesday.',
     'A woman carrying a replica gun was shot by police outside the embassy on Tuesday.'),
    ('event', 'Budget airline Skyway filed for bankruptcy on Thursday.', 'Budget airline Skyway was rescued by its lenders on Thursday.'),
    ('event', 'The pilot ejected safely before the jet crashed into the hillside.',
     'The pilot was killed when the jet crashed into the hillside.'),
    ('event', 'Grafton Steel is shutting down its Deeside plant, the company said.',
     'Grafton Steel will sell its Deeside plant, the company said.'),
    ('event', 'Freelance photographer Ana Duarte was deported from the country on Monday.',
     'Freelance photographer Ana Duarte was jailed in the country on Monday.'),
    ('event', "The Monet, a view of the Thames valued at $40m, was sold at auction in London.",
     'The Monet, a view of the Thames valued at $40m, was donated to a London gallery.'),
    # outcomes: a measure without a figure, a participle aside, resumed, granted an application, re-elected,
    # backed, turned down, a high and a low, a verdict on a charge in other words, a move with other words after it
    ('event', 'Inflation in the eurozone rose in October, official data showed.',
     'Official data showed inflation in the eurozone fell in October.'),
    ('event', 'Burglaries in the county rose sharply last year, driven by a surge in garden thefts.',
     'Burglaries in the county fell sharply last year despite a surge in garden thefts.'),
    ('event', 'The Kings Lane flyover, damaged when a lorry hit a pillar on Friday, has reopened to traffic.',
     'The Kings Lane flyover, damaged when a lorry hit a pillar on Friday, remains closed to traffic.'),
    ('event', 'Ferry services to the island resumed on Tuesday.', 'Ferry services to the island remained suspended on Tuesday.'),
    ('polarity', 'The tribunal granted the union\'s application for an injunction.',
     'The tribunal refused the union\'s application for an injunction.'),
    ("event", 'Mayor Tom Bryce was re-elected on Thursday.', 'Mayor Tom Bryce was ousted on Thursday.'),
    ('event', 'Members backed the merger with Northway at the annual meeting.',
     'Members blocked the merger with Northway at the annual meeting.'),
    ('polarity', 'The miners accepted the pay offer, the union said.', 'The miners turned down the pay offer, the union said.'),
    ('event', 'Silver climbed to a two-month high on Friday.', 'Silver fell to a two-month low on Friday.'),
    ("event", 'A jury found former mayor Carl Hendry guilty of taking bribes from developers.',
     'Former mayor Carl Hendry was acquitted on Friday of accepting kickbacks from developers.'),
    ('event', 'Shares in Brightwell Homes jumped 6% after the builder raised its forecast.',
     'Brightwell Homes shares slump 6% after results'),
    # the same verb, its doer and receiver the other way round (``reversal``)
    ('role', 'The van crashed into the back of the tram at the junction, police said.',
     'The tram crashed into the back of the van at the junction, police said.'),
    ('role', 'The parish council blamed the water company for the flooding.',
     'The water company blamed the parish council for the flooding.'),
    ('role', 'The residents are suing the developer over the cracked walls.',
     'The developer is suing the residents over the cracked walls.'),
    ('role', 'Witnesses said the motorcyclist swerved into the path of the lorry.',
     'Witnesses said the lorry swerved into the path of the motorcyclist.'),
    ('role', 'The striker headbutted the goalkeeper during the brawl.', 'The goalkeeper headbutted the striker during the brawl.'),
    # a count of one family in other words, an age at death, a count the subject reaches
    ('figure', 'Twelve soldiers were killed in the ambush, the army said.', 'The ambush left 21 troops dead, officials said.'),
    ('figure', 'Ministers from 31 nations signed the accord.', 'Ministers of 13 countries signed the accord.'),
    ('figure', 'The actor Paul Renshaw, star of the long-running drama, has died aged 79.',
     'Paul Renshaw has died at the age of 83, his agent said.'),
    ('figure', 'Dengue cases in the province have reached 340 this year.',
     'The number of dengue cases in the province this year has reached 430, officials said.'),
    ('figure', 'The victim, a 16-year-old who had been cycling home, was taken to hospital.',
     'The victim, a 19-year-old who had been cycling home, was taken to hospital.'),
    # what befell one, said as reported speech in the past perfect, and more happenings
    ('event', 'Police said the two sculptures had been destroyed in a fire at the gallery.',
     'Two sculptures were stolen from the gallery overnight, police said.'),
    ('event', 'The nine-year-old boy hurt in the crash was discharged from hospital on Monday.',
     'The nine-year-old boy hurt in the crash died in hospital on Monday.'),
    ('event', 'The gunman shot himself after a four-hour siege at the farm.',
     'The gunman surrendered to police after a four-hour siege at the farm.'),
    ('event', 'The hamlet of Ardvane was buried by a landslide after days of rain.',
     'The hamlet of Ardvane was submerged by floodwater after days of rain.'),
    ('event', 'Cleaners at the hospital walked out on Tuesday in a row over pay.',
     'Cleaners at the hospital were laid off on Tuesday in a row over pay.'),
    ('event', 'Rangers said a wolf released in the park last year had been hit by a car.',
     'A wolf released in the park last year has been shot by a farmer, rangers said.'),
    ('event', 'The opposition leader Ivan Sorokin was poisoned at a hotel in Riga, aides said.',
     'Aides said opposition leader Ivan Sorokin had been stabbed outside a hotel in Riga.'),
    ('event', 'Lithuania expelled the Belarusian envoy on Tuesday over the border crossings.',
     'Lithuania recalled its envoy from Minsk on Tuesday over the border crossings.'),
    # voted down, improved / worsened, above / below a norm, a dam breached, sanctions tightened / eased
    ('event', 'The assembly passed the housing bill on Tuesday.', 'The assembly voted down the housing bill on Tuesday.'),
    ('event', 'Water quality in the Ouse improved last year, the agency said.',
     'Water quality in the Ouse worsened last year, according to the agency.'),
    ('polarity', 'Rainfall in March was above the long-term average, forecasters said.',
     'Forecasters said rainfall in March was below the long-term average.'),
    ('event', 'The levee above the town held overnight, officials said.',
     'Officials said the levee above the town had breached overnight.'),
    ('event', 'Britain tightened sanctions on the regime on Monday.', 'Britain eased sanctions on the regime on Monday.'),
    ('polarity', "A judge granted the residents' request for an injunction.",
     "A judge denied the residents' request for an injunction."),
    # a word that tells the parties apart crosses sides around the same verb
    ('role', 'Greek coastguard vessels intercepted a Turkish-flagged freighter off Rhodes on Monday.',
     'Turkish coastguard vessels intercepted a Greek-flagged freighter off Rhodes on Monday.'),
    ('role', 'Army units ambushed a militia patrol near the border on Sunday, killing six.',
     'Militia fighters ambushed an army patrol near the border on Sunday, killing six.'),
    # km/h, tonnes against kilograms, two maxima
    ('figure', 'The coach was travelling at 120 km/h when it left the road.', 'The coach was travelling at 70 km/h when it left the road.'),
    ('figure', 'Police seized 2.5 tonnes of cannabis at the port.', 'Police seized 900 kilograms of cannabis at the port.'),
    ('figure', 'The storm brought gusts of up to 90mph to the coast.', 'Gusts of up to 60mph hit the coast as the storm arrived.'),
    ('role', 'A ward sister reported consultant Alan Price to the regulator over his conduct.',
     'Consultant Alan Price reported a ward sister to the regulator over her conduct.'),
    ('role', 'Dr Nora Quinn will replace Tom Ellis as head of the trust in May.',
     'Tom Ellis will replace Dr Nora Quinn as head of the trust in May.'),
    ('event', 'Copper climbed to a two-week high on Monday.', 'Copper prices slipped to a two-week low on Monday.'),
    ('polarity', 'Marlow Foods beat analysts\' forecasts with its half-year profit.',
     "Marlow Foods' half-year profit fell short of analysts' forecasts."),
    ('event', 'The central bank left interest rates unchanged on Thursday.', 'The central bank cut interest rates on Thursday.'),
    ('polarity', 'The airline will keep its Bristol base open, its chief executive said.',
     'The airline is to close its Bristol base, its chief executive said.'),
    ('figure', 'Leaders from 27 nations signed the pact.', 'Leaders of 19 countries put their names to the pact.'),
    # the same act on the same receiver by another named doer
    ('role', 'The majority opinion was written by Justice Elena Alvarez.', 'Justice Thomas Mbeki wrote the majority opinion.'),
    ('role', 'Greek coastguard vessels towed the stricken migrant boat into Mytilene.',
     'Turkish coastguard vessels towed the stricken migrant boat into Mytilene.'),
    ('event', 'The catamaran, with a retired couple from Kent on board, was hijacked off Somalia, its owners said.',
     'The catamaran, with a retired couple from Kent on board, caught fire off Somalia, its owners said.'),
    ('event', 'A Nordair flight from Bergen made an emergency landing at Wick airport.',
     'A Nordair plane from Bergen crashed on approach to Wick airport.'),
    ('event', 'One of the lynx released in the forest last year has been shot by a farmer, rangers said.',
     'Rangers said one of the lynx released in the forest last year had been hit by a car.'),
    ('figure', 'The gang stole half a million pounds from the depot.', 'The gang stole £200,000 from the depot.'),
    ('event', 'The flight from Lagos was diverted to Accra after a bird strike.', 'The flight from Lagos crashed after a bird strike.'),
    ('event', 'Customs officers impounded the yacht at Gibraltar on Friday.', 'The yacht sank at Gibraltar on Friday.'),
    ('event', 'The aid workers were taken hostage near the border.', 'The aid workers were killed near the border.'),
    ('polarity', 'The residents\' association said it backs the bus drivers\' strike.', 'Residents\' association opposes bus drivers\' strike'),
    ('polarity', 'Inspectors rated Hillcrest Academy outstanding in their latest report.', 'Hillcrest Academy rated inadequate by inspectors'),
    ('event', 'Tuition fees at the college will be frozen next year, the principal said.',
     'The principal said tuition fees at the college would rise next year.'),
    ("event", 'Jury finds TV presenter Dan Hale guilty of fraud', 'A jury cleared TV presenter Dan Hale of fraud on Monday.'),
    ('polarity', 'Councillor Amy Rowe said she would stand for re-election in May.',
     'Councillor Amy Rowe has said she will not seek re-election in May.'),
    # cancelled against postponed: will it happen later or not?
    ('event', 'The flight was cancelled.', 'The flight was postponed.'),
    ('event', "Saturday's concert at the Dome has been cancelled after the singer fell ill.",
     "Saturday's concert at the Dome has been postponed after the singer fell ill."),
    ('event', 'The Regal cinema was sold to a developer on Friday.', 'The Regal cinema was closed on Friday.'),
    ('event', 'The actor\'s London home was burgled while he was filming abroad.',
     'The actor\'s London home was flooded while he was filming abroad.'),
    ('event', 'A mural by the artist was stolen from a seafront wall overnight.',
     'A mural by the artist was painted over on a seafront wall overnight.'),
    ('event', 'Kyle Barton was sent off in the 60th minute.', 'Kyle Barton was substituted in the 60th minute.'),
    ('event', 'The vice-chancellor retired on Friday after ten years in post.',
     'The vice-chancellor was removed on Friday after ten years in post.'),
    ('event', 'The A1 southbound reopened between junctions 4 and 5 late on Friday.',
     'The A1 southbound remained closed between junctions 4 and 5 late on Friday.'),
    ('event', "The inspector upheld the developer's appeal against the refusal.",
     "The inspector dismissed the developer's appeal against the refusal."),
    ('event', 'Food price inflation accelerated in June, the retail consortium said.',
     'Food price inflation slowed in June, the retail consortium said.'),
    ('event', 'The reporter Ana Ruiz was kidnapped by gunmen outside her home on Friday.',
     'The reporter Ana Ruiz was murdered by gunmen outside her home on Friday.'),
    ('event', 'The 15-year-old was bitten by a shark while swimming off the beach, lifeguards said.',
     'The 15-year-old was stung by a jellyfish while swimming off the beach, lifeguards said.'),
    ('event', 'Shares in Redvale Mining were suspended on the exchange on Tuesday.',
     'Shares in Redvale Mining were delisted from the exchange on Tuesday.'),
    ('event', 'Around 300 passengers were evacuated from the train after it broke down in the tunnel.',
     'Around 300 passengers were stranded on the train after it broke down in the tunnel.'),
    ('figure', 'The Commission fined the payments firm EUR 340 million on Wednesday.',
     'The Commission fined the payments firm EUR 430 million on Wednesday.'),
    ('role', 'The referee was shoved by the home goalkeeper in the tunnel at half-time.',
     'The home goalkeeper was shoved by the referee in the tunnel at half-time.'),
    ('role', 'The incumbent mayor, Tomas Berg, defeated his challenger Ingrid Lund on Sunday.',
     'The challenger, Ingrid Lund, defeated the incumbent mayor Tomas Berg on Sunday.'),
    ('role', 'Valdorian troops attacked Kastrian positions along the river.',
     'Kastrian troops attacked Valdorian positions along the river.'),
    ("event", "A court on Monday found the city's former mayor, Klaus Reiter, guilty of embezzling public funds.",
     "A court on Monday acquitted the city's former mayor, Klaus Reiter, of embezzling public funds."),
    ('figure', 'Police said 14 people were treated for minor injuries after a stand collapsed at the ground.',
     'Police said four people were treated for minor injuries after a stand collapsed at the ground.'),
    ('event', 'Firefighters said the blaze on the hills above the town had been contained by Sunday evening.',
     'The blaze on the hills above the town was still burning out of control on Sunday evening, firefighters said.'),
    ('figure', 'The fire at the warehouse broke out shortly after 2am, the fire service said.',
     'The fire at the warehouse broke out shortly after 5am, the fire service said.'),
    ('polarity', 'The Bank of Norland raised its key interest rate on Thursday.',
     'The Bank of Norland held off raising its key interest rate on Thursday.'),
    ('event', 'The cartel agreed on Sunday to increase oil output from August.', 'The cartel agreed on Sunday to cut oil output from August.'),
    ('event', "Britain's carbon emissions increased last year, a think tank said.",
     "Britain's carbon emissions declined last year, a think tank said."),
    ('polarity', 'The council met its target of building 500 homes by March.', 'The council missed its target of building 500 homes by March.'),
    ('event', 'A convicted fraudster escaped from the open prison on Saturday.', 'A convicted fraudster was released from the open prison on Saturday.'),
    ('event', 'Health minister Tom Reid was sacked in the reshuffle.', 'Health minister Tom Reid was promoted in the reshuffle.'),
    ('event', 'The drone was shot down by the army near the airport, officials said.', 'The drone crashed near the airport, officials said.'),
    ('event', 'The Hallam Street bridge collapsed on Tuesday after engineers found cracks.',
     'The Hallam Street bridge was closed on Tuesday after engineers found cracks.'),
    ('event', 'A 29-year-old woman was stabbed outside a nightclub, police said.', 'A 29-year-old woman was punched outside a nightclub, police said.'),
    ('event', 'The stranded whale was euthanised on the beach on Monday.', 'Wildlife officers refloated the stranded whale on Monday.'),
    ('role', 'A tenant in Kayole stabbed his landlord during a row over rent, police said.',
     'Police said a landlord in Kayole stabbed his tenant during a row over rent.'),
    ('polarity', 'Air Canada pilots have voted to accept the tentative agreement, the union said.',
     'Air Canada pilots voted down the tentative agreement, the union said.'),
    ('event', 'The state refiner has increased the pump price of petrol in Lagos.', 'The state refiner has reduced the pump price of petrol in Lagos.'),
    ('event', 'The tribunal upheld the election of Governor Ahmed Kwande.', 'The tribunal nullified the election of Governor Ahmed Kwande.'),
    ('event', 'The leopard that strayed into a housing estate was captured by forest officials.',
     'Forest officials shot dead the leopard that strayed into a housing estate.'),
    ('event', 'Journalist Peter Kamau was arrested by police outside his home on Tuesday.',
     'Journalist Peter Kamau was abducted by unknown men outside his home on Tuesday.'),
    ('event', 'A Robinson R44 helicopter crashed into a paddock near Mount Isa on Wednesday.',
     'A Robinson R44 helicopter made a precautionary landing in a paddock near Mount Isa on Wednesday.'),
    ('event', 'The Emir of Gwandu was deposed by the state government on Friday.', 'The Emir of Gwandu died on Friday after a brief illness.'),
    ('event', 'Businessman Hendra Wijaya was extradited to Indonesia from Singapore on Monday.',
     'Businessman Hendra Wijaya was released from custody in Singapore on Monday.'),
    ('event', 'State minister H. Shivanna was hospitalised in Bengaluru on Sunday after chest pains.',
     'State minister H. Shivanna died in Bengaluru on Sunday after chest pains.'),
    ('event', 'Dozens of containers fell overboard from the feeder vessel during the storm.',
     'Dozens of containers caught fire on the feeder vessel during the storm.'),
    ('event', 'Trawler sinks off Shetland', 'Trawler runs aground off Shetland'),
    # one step of the law against another; the greater harm against the lesser; other acts
    ('event', 'Detectives arrested a 41-year-old woman at a house in Leeds on Friday.',
     'Detectives questioned a 41-year-old woman at a house in Leeds on Friday.'),
    ('event', 'The former mayor was arrested on fraud charges, prosecutors said.',
     'The former mayor was convicted on fraud charges, prosecutors said.'),
    ('event', 'The teenager was cautioned by police over the graffiti.', 'The teenager was charged by police over the graffiti.'),
    ('event', 'The warehouse was destroyed in the overnight blaze, firefighters said.',
     'The warehouse was damaged in the overnight blaze, firefighters said.'),
    ('event', 'The ferry sank after striking rocks near the harbour.', 'The ferry was damaged after striking rocks near the harbour.'),
    ('event', 'The tower was nearly destroyed by the fire.', 'The tower was destroyed by the fire.'),
    ('event', 'Soldiers raided the village school at dawn, the army said.', 'Soldiers surrounded the village school at dawn, the army said.'),
    ('event', 'The bridge will be repaired next year after inspectors found cracks.',
     'The bridge will be demolished next year after inspectors found cracks.'),
    ('event', 'The regulator banned the betting app on Monday for breaking advertising rules.',
     'The regulator fined the betting app on Monday for breaking advertising rules.'),
    ('event', 'Protesters blockaded the power station on Thursday, the union said.',
     'The union said protesters occupied the power station on Thursday.'),
    ('event', 'Police cordoned off a house in Salford on Friday as part of the inquiry.',
     'Police raided a house in Salford on Friday as part of the inquiry.'),
    ('event', 'The grocery chain acquired the meal-kit start-up for an undisclosed sum.',
     'The grocery chain invested in the meal-kit start-up for an undisclosed sum.'),
    ('event', 'Two houses collapsed in the village after the tremor, officials said.',
     'Two houses were damaged in the village after the tremor, officials said.'),
    ('event', 'Customs officers seized a cargo ship in the strait on Thursday.',
     'Customs officers inspected a cargo ship in the strait on Thursday.'),
    ('event', 'Protesting students torched a campus bus on Tuesday.', 'On Tuesday, protesting students stoned a campus bus.'),
    ('event', 'Hundreds of chickens were culled at a farm near the town after bird flu was found.',
     'Hundreds of chickens were vaccinated at a farm near the town after bird flu was found.'),
    ('event', 'The family were evicted from their flat in the town last week, the landlord confirmed.',
     'The landlord confirmed the family were rehoused from their flat in the town last week.'),
    ('event', 'A hiker was trampled by cattle while crossing a field on Sunday, police said.',
     'Police said a hiker was chased by cattle while crossing a field on Sunday.'),
    ('event', 'The manor house was sold at auction in Bath on Wednesday, the agents said.',
     'The agents said the manor house was withdrawn from auction in Bath on Wednesday.'),
    ('event', 'A conveyor belt caught fire at the power station on Friday night.',
     'On Friday night a conveyor belt collapsed at the power station.'),
    ('event', 'The firm told the exchange on Monday that it had sold its gas plant.',
     'The firm told the exchange on Monday that it had closed its gas plant.'),
    ('event', 'A school in the town was placed in lockdown on Wednesday after reports of a gunman.',
     'A school in the town was evacuated on Wednesday after reports of a gunman.'),
    ('event', 'The firm recalled about 2 million phone chargers after reports they could overheat.',
     'The firm discontinued about 2 million phone chargers after reports they could overheat.'),
    ('event', 'The premiere of the film was disrupted by protesters in the square on Monday night.',
     'The premiere of the film was called off because of protesters in the square on Monday night.'),
    ('event', 'The two primary schools will be merged under the council plans.',
     'The two primary schools will be closed under the council plans.'),
    # another doer or another figure in a version restated: the rest in another order, or active for passive
    ("role", "Rating agency Kestrel Ratings cut the region's outlook to negative on Friday, citing weak tax receipts.",
     "Citing weak tax receipts, rating agency Harwood Analytics cut the region's outlook to negative on Friday."),
    ("role", "The stranded climbers were rescued by the Mountain Rescue Service on Sunday.",
     "The Air Ambulance Trust rescued the stranded climbers on Sunday."),
    ("role", "The deal to end the strike was brokered by Transport Minister Lena Voss, the union said.",
     "Deputy Mayor Karl Brandt brokered the deal to end the strike, the union said."),
    ("role", "The comet was discovered by a team from the University of Leiden using archive images.",
     "A team from the University of Bergen discovered the comet using archive images."),
    ("role", "The motion was tabled by union treasurer Piet Mulder at the annual meeting.",
     "Union secretary Joan Bakker tabled the motion at the annual meeting."),
    ("role", "Harwood Analytics downgraded the port authority's bonds to junk on Tuesday.",
     "Kestrel Ratings downgraded the port authority's bonds to junk on Tuesday."),
    ("role", "The Redline ransomware gang claimed responsibility for the attack on the hospital.",
     "The Blackcoil ransomware gang claimed responsibility for the attack on the hospital."),
    ("figure", "A total of 48 migrants were picked up off the coast on Monday, the coastguard said.",
     "The coastguard said 84 migrants had been picked up off the coast on Monday."),
    ("figure", "The regulator said the new tariff would take effect from 1 April.",
     "The new tariff will take effect from 1 June, the regulator said."),
    ("figure", "Attackers had access to the system for nine days before they were found, the report said.",
     "The report said attackers had access to the system for nine months before they were found."),
    # dissolved, frozen, grounded, recapitalised, terminated, annulled, investigated, decommissioned, landed,
    # threatened; a fine against a disqualification, a caution against a ban; a no-confidence motion
    ("event", "The regional parliament was dissolved by decree on Monday.",
     "The regional parliament was suspended by decree on Monday."),
    ("event", "Prosecutors have frozen the bank accounts of the former mayor.",
     "Prosecutors have seized the bank accounts of the former mayor."),
    ("event", "The carrier grounded its fleet of regional jets after the report.",
     "The carrier inspected its fleet of regional jets after the report."),
    ("event", "The troubled lender was recapitalised by the state on Sunday.", "The troubled lender went bust on Sunday."),
    ("event", "The club terminated the striker's contract on Friday.", "The club extended the striker's contract on Friday."),
    ("event", "The exam board annulled the results of 30 pupils.", "The exam board delayed the results of 30 pupils."),
    ("event", "The hospital trust was fined by the regulator over the failings.",
     "The hospital trust was investigated by the regulator over the failings."),
    ("event", "The company said the older reactor would be decommissioned next year.",
     "The company said the older reactor would be taken offline next year."),
    ("event", "The booster landed on a barge in the Pacific.", "The booster crashed onto a barge in the Pacific."),
    ("event", "The wildfire destroyed the hilltop monastery overnight.",
     "The wildfire threatened the hilltop monastery overnight."),
    ("event", "Hackers had stolen patient records from the clinic's servers.",
     "Hackers had encrypted patient records from the clinic's servers."),
    ("event", "The president dismissed the army chief of staff on Sunday.",
     "The president reappointed the army chief of staff on Sunday."),
    ("event", "The rider was fined by the stewards after the race.", "The rider was disqualified by the stewards after the race."),
    ("event", "The winger was cautioned by the league after the incident.",
     "The winger was banned by the league after the incident."),
    ("polarity", "The no-confidence motion against the cabinet passed in parliament on Thursday.",
     "The no-confidence motion against the cabinet failed in parliament on Thursday."),
    # strengthened against weakened; a bill's rise against its fall; an award won or missed, its word on both sides
    ("event", "The cyclone strengthened to a category three storm as it neared the coast.",
     "The cyclone weakened to a category three storm as it neared the coast."),
    ("event", "Water bills will rise in April when the new tariffs start, the regulator said.",
     "The regulator said water bills will fall in April when the new tariffs start."),
    ("event", "Veteran actor Tom Hale won the award for best actor at the ceremony in Leeds.",
     "Veteran actor Tom Hale missed out on the award for best actor at the ceremony in Leeds."),
    # indicted, reprimanded, levelled, carjacked, ambushed, crushed, appointed, pardoned, furloughed, privatised,
    # swept away, gunned down; upgraded against downgraded
    ("event", "The former minister was indicted on Tuesday over the procurement scandal.",
     "The former minister was pardoned on Tuesday over the procurement scandal."),
    ("event", "The officer was reprimanded by the panel for his conduct at the protest.",
     "The officer was dismissed by the panel for his conduct at the protest."),
    ("event", "Most of the staff at the plant were furloughed in March.",
     "Most of the staff at the plant were laid off in March."),
    ("event", "The rail operator was privatised by the new government last year.",
     "The rail operator was nationalised by the new government last year."),
    ("event", "The council appointed the interim chief executive on Monday.",
     "The council sacked the interim chief executive on Monday."),
    ("event", "The old footbridge was swept away by the flood on Saturday.",
     "The old footbridge was set alight by vandals on Saturday."),
    ("event", "Fitch upgraded the utility's credit rating on Thursday.",
     "Fitch downgraded the utility's credit rating on Thursday."),
    # what was disclosed or revealed happened; warned in the passive; bought
    ("event", "The insurer revealed that criminals had stolen customer files from its servers.",
     "The insurer revealed that criminals had encrypted customer files from its servers."),
    ("event", "The defender was warned by the league after missing a drugs test.",
     "The defender was banned by the league after missing a drugs test."),
    ("event", "The fashion chain Harlow Finch went into administration on Monday, its advisers said.",
     "The fashion chain Harlow Finch was bought by a rival on Monday, its advisers said."),
    ("event", "A man trapped in his car by floodwater was rescued by firefighters.",
     "A man trapped in his car by floodwater died before firefighters arrived."),
    # struck off, delay and cancel as verbs, launched, sued, deleted, locked down, tranquillised, quarantined,
    # adjourned; closed against fined; accepted against refused; rates; a cap kept or lifted; plans abandoned
    ("event", "The dentist was suspended from the register by the council after the hearing.",
     "The dentist was struck off the register by the council after the hearing."),
    ("event", "The studio said on Monday it would delay the release of its new game.",
     "The studio said on Monday it would cancel the release of its new game."),
    ("event", "The new e-bike was launched in Ireland on Friday, a month after its debut in Britain.",
     "The new e-bike was recalled in Ireland on Friday, a month after its debut in Britain."),
    ("event", "The Cork fintech start-up was acquired by a German rival last month, filings show.",
     "The Cork fintech start-up was sued by a German rival last month, filings show."),
    ("event", "Thousands of pupil records were deleted in the cyber attack on the school trust.",
     "Thousands of pupil records were leaked in the cyber attack on the school trust."),
    ("event", "The takeaway was closed by environmental health officers after they found mice.",
     "The takeaway was fined by environmental health officers after they found mice."),
    ("event", "Staff at the stadium were evacuated on Saturday after a suspicious package was found.",
     "Staff at the stadium were locked down on Saturday after a suspicious package was found."),
    ("event", "The bear that wandered into the village on Sunday was shot dead by rangers.",
     "The bear that wandered into the village on Sunday was tranquillised by rangers."),
    ("event", "More than 300 passengers were quarantined aboard the ferry after an outbreak of norovirus.",
     "More than 300 passengers were evacuated from the ferry after an outbreak of norovirus."),
    ("event", "The fraud trial of the former mayor was adjourned on Monday after a juror fell ill.",
     "The fraud trial of the former mayor collapsed on Monday after a juror fell ill."),
    ("polarity", "The club's board accepted the resignation of its manager on Sunday night.",
     "The club's board refused the resignation of its manager on Sunday night."),
    ("event", "Rates of knife crime in the city have increased since the new policing plan began, the report found.",
     "Rates of knife crime in the city have decreased since the new policing plan began, the report found."),
    ("polarity", "The council voted to lift the cap on holiday lets in the old town.",
     "The council voted to keep the cap on holiday lets in the old town."),
    ("event", "The retailer said it will proceed with plans to open a warehouse in Kildare.",
     "The retailer said it will abandon plans to open a warehouse in Kildare."),
    # parties exchanged around a claim against one, or leaving one to join the other; a doer named after a day
    # and before its party; multiple births
    ("role", "Drinks maker Corvale has filed a trademark claim against Dublin brewer Hopstone over its new label.",
     "Dublin brewer Hopstone has filed a trademark claim against drinks maker Corvale over its new label."),
    ("role", "The designer, who led the team behind the car's interior, left Volvo to join the Munich start-up in May.",
     "The designer, who led the team behind the car's interior, left the Munich start-up to join Volvo in May."),
    ("role", "The bill to ban disposable vapes was introduced on Monday by senator Lena Ortiz of the Green Party.",
     "Senator Paul Weber of the Green Party introduced the bill to ban disposable vapes on Monday."),
    ("figure", "The zoo said its gorilla Kumbuka had given birth to twins, the first born there.",
     "Gorilla Kumbuka has given birth to triplets, the zoo said, the first born there."),
    # a negation put into the same words
    ("polarity", "Tests showed the dog seized on Friday was the one that bit the postman, the council said.",
     "Tests showed the dog seized on Friday was not the one that bit the postman, the council said."),
    ("polarity", "The board voted on Monday to close the village library in June.",
     "The board voted on Monday not to close the village library in June."),
    ("polarity", "The court heard the gang's alleged ringleader had cooperated with detectives since his arrest.",
     "The court heard the gang's alleged ringleader had refused to cooperate with detectives since his arrest."),
    # another person by kin or trade doing it, or having it done to them
    ("role", "The attack on the shopkeeper was carried out by the victim's nephew, detectives said.",
     "Detectives said the victim's uncle carried out the attack on the shopkeeper."),
    ("role", "The striker's agent was questioned by police over the transfer payments.",
     "The striker's lawyer was questioned by police over the transfer payments."),
    # one verb put in another's place, every other word kept, whatever the verb; a known one in a version restated
    ("event", "The new e-scooter was unveiled in Lyon on Friday, weeks after its debut in Paris.",
     "The new e-scooter was withdrawn in Lyon on Friday, weeks after its debut in Paris."),
    ("event", "The dinghy was spotted off the coast of Kent early on Sunday, the coastguard said.",
     "The dinghy was abandoned off the coast of Kent early on Sunday, the coastguard said."),
    ("event", "The trawler Ocean Star capsized off the coast of Skye on Monday after its engine failed.",
     "After its engine failed on Monday, the trawler Ocean Star was impounded off the coast of Skye."),
    # recaptured, encircled, drifted, unearthed, freed, entangled, halted, remanded, let off with a caution, scaled
    # back, walked off, knocked out of
    ("event", "The suspect was released on bail on Friday pending further inquiries, police said.",
     "Police said the suspect was remanded in custody on Friday pending further inquiries."),
    ("event", "The trawler drifted off the coast of Mull after its engine failed.",
     "The trawler capsized off the coast of Mull after its engine failed."),
    ("event", "Archaeologists have unearthed a Saxon brooch beneath the car park, the council said.",
     "The council said archaeologists have reburied a Saxon brooch beneath the car park."),
    ("event", "A minke whale was freed from fishing nets off the coast of Cornwall on Monday.",
     "A minke whale became entangled in fishing nets off the coast of Cornwall on Monday."),
    ("event", "The carmaker halted production at its plant in Sunderland on Monday.",
     "The carmaker scaled back production at its plant in Sunderland on Monday."),
    ("event", "Two teenagers have been charged with arson after the fire at the school, police said.",
     "Police said two teenagers had been let off with a caution after the fire at the school."),
    ("event", "The singer collapsed on stage midway through her set in Cardiff on Saturday.",
     "The singer walked off stage midway through her set in Cardiff on Saturday."),
    ("event", "Third seed Mia Holt withdrew from the Rome Open on Tuesday with a shoulder injury.",
     "Third seed Mia Holt was knocked out of the Rome Open on Tuesday with a shoulder injury."),
    ("event", "Rebel forces recaptured the town of Kuma on Monday, the army said.",
     "The army said rebel forces had withdrawn from the town of Kuma on Monday."),
    # a yellow card against a sending-off; recovered from an illness; floated on an exchange; abandoned; struck
    ("event", "Rovers defender Tom Ellis was sent off in the 55th minute for a late tackle on the Town striker.",
     "In the 55th minute, Rovers defender Tom Ellis was shown a yellow card for a late tackle on the Town striker."),
    ("event", "Officials said the 40-year-old patient died of cholera at the clinic on Friday.",
     "The 40-year-old patient recovered from cholera and left the clinic on Friday, officials said."),
    ("event", "The Korean battery maker floated on the Nasdaq on Monday, its shares opening at $21.",
     "The Korean battery maker was delisted from the Nasdaq on Monday, its shares last trading at $21."),
    ("event", "Saturday's match between Hull and Luton was abandoned at half-time because of fog.",
     "Because of fog, Saturday's match between Hull and Luton was delayed at half-time."),
    ("event", "A drone struck a fuel depot near Odesa overnight, the regional governor said.",
     "The regional governor said a drone was shot down over a fuel depot near Odesa overnight."),
    # a doer named by its possessor ("Norway's wealth fund"), the other party after "to", the rest reordered
    ("role", "Norway's sovereign wealth fund has sold its 4% stake in the Dutch lender to the Kuwait Investment Authority, filings showed.",
     "Filings showed the Kuwait Investment Authority has sold its 4% stake in the Dutch lender to Norway's sovereign wealth fund."),
    ("figure", "The escaped bull roamed the town centre for about 20 minutes before it was caught, police said.",
     "Police said the escaped bull roamed the town centre for about three hours before it was caught."),
    # absent against present; a prefix that negates; a measure that edged up or down
    ("polarity", "The captain was absent from training on Friday ahead of the final.",
     "The captain was present at training on Friday ahead of the final."),
    ("polarity", "The trial found the vaccine was effective against the new strain.",
     "The trial found the vaccine was ineffective against the new strain."),
    ("polarity", "Tests showed the well water was contaminated with nitrates.",
     "Tests showed the well water was uncontaminated, with no nitrates found."),
    ("event", "Inflation in Japan edged up in May, official figures showed.",
     "Inflation in Japan edged down in May, official figures showed."),
    # another person described with their trade; a doer past an aside; a passive doer after "into English"; a
    # country opening the sentence
    ("role", "A night-shift cleaner raised the alarm after noticing smoke in the basement of the library.",
     "A passing cyclist raised the alarm after noticing smoke in the basement of the library."),
    ("role", "The bill was introduced by Senator Ruth Calloway, a Democrat from Oregon, and already has support.",
     "Senator Mark Ellison, a Democrat from Oregon, introduced the bill, which already has support."),
    ("role", "The memoir was translated into English by Maria Delgado and will be published in the spring.",
     "Carlos Ruiz translated the memoir into English, and it will be published in the spring."),
    ("role", "The ceasefire was brokered by Qatar after three days of talks between the two sides in Doha.",
     "Egypt brokered the ceasefire after three days of talks between the two sides in Doha."),
    ("polarity", "The ambulance service met its eight-minute response target in March for the first time in a year.",
     "The ambulance service missed its eight-minute response target in March for the first time in a year."),
    # defused against detonated, overdosed, ditched, infected, unveiled, besieged, displaced
    ("event", "Army experts defused the bomb found near the school on Monday, police said.",
     "Police said the bomb found near the school on Monday was detonated by army experts."),
    ("event", "The small plane ditched in the sea off Malta after its engine failed, rescuers said.",
     "The small plane was diverted to Malta after its engine failed, rescuers said."),
    ("event", "The singer's son overdosed at a party in Los Angeles on Saturday, his family said.",
     "The singer's son was stabbed at a party in Los Angeles on Saturday, his family said."),
    # a passive doer after "by" past a phrase of place
    ("role", "The striker was pushed to the ground in the penalty area by the goalkeeper, replays showed.",
     "Replays showed the striker pushed the goalkeeper to the ground in the penalty area."),
    ("role", "The forward had been dropped from the team by the coach before the derby, the club said.",
     "The club said the captain had dropped the forward from the team before the derby."),
    # another person or body by kin, trade or kind, as what the act is done to, or opening the sentence
    ("role", "Detectives arrested the victim's stepson at a flat in Hull on Tuesday, police said.",
     "Detectives arrested the victim's nephew at a flat in Hull on Tuesday, police said."),
    ("role", "The judge jailed the getaway driver for six years over the raid on the jeweller.",
     "The judge jailed the gunman for six years over the raid on the jeweller."),
    ("role", "The league fined the club £20,000 after the brawl at the end of the match.",
     "The league fined the player £20,000 after the brawl at the end of the match."),
    ("role", "Plumbers at the county hospital voted to strike over pay, the union said.",
     "Electricians at the county hospital voted to strike over pay, the union said."),
    ("role", "The manager apologised to the fans after the 4-0 defeat at home.",
     "The manager apologised to the players after the 4-0 defeat at home."),
    # two times in the same zone, named by its place
    ("figure", "The exam results were published at 7am UK time on Thursday, the board said.",
     "The exam results were published at 11am UK time on Thursday, the board said."),
    # a defeat told as "lost to" against its passive; the one a relative clause is said of; a score before "by"
    ("role", "Leeds lost 3-0 to Burnley at Elland Road on Saturday, their first home defeat of the season.",
     "At Elland Road on Saturday, Burnley were beaten 3-0 by Leeds, their first home defeat of the season."),
    ("role", "The pensioner, who had been conned by his neighbour for years, was awarded damages by the court.",
     "The pensioner, who had conned his neighbour for years, was awarded damages by the court."),
    # relegated, scuttled, salvaged, impounded, escorted, deported, granted asylum, cremated, freed against detained
    ("event", "Harrogate were relegated from League Two on Saturday after a 2-0 defeat at home.",
     "Harrogate were promoted from League Two on Saturday after a 2-0 defeat at home."),
    ("event", "The fishing boat was scuttled off Cornwall by its owners, the coastguard said.",
     "The fishing boat was salvaged off Cornwall by its owners, the coastguard said."),
    ("event", "The lorry was impounded by police at the port of Dover on Monday night.",
     "On Monday night the lorry was escorted by police at the port of Dover."),
    ("event", "The banker was deported from Britain on Friday, his lawyer said.",
     "The banker was granted asylum in Britain on Friday, his lawyer said."),
    ("event", "The former mayor was cremated at a private service in Bath on Monday.",
     "The former mayor was buried at a private service in Bath on Monday."),
    ("event", "The journalist was freed in Minsk on Tuesday, her employer said.",
     "Her employer said the journalist had been detained in Minsk on Tuesday."),
    # a market that closed higher or lower; funding raised or cut
    ("event", "The Nikkei closed higher on Tuesday, led by carmakers and chip stocks.",
     "The Nikkei closed lower on Tuesday, led by carmakers and chip stocks."),
    ("event", "The state government increased funding for rural schools in this year's budget.",
     "The state government cut funding for rural schools in this year's budget."),
    # another named receiver of a judgment, in place or in the passive
    ("role", "The league suspended Marco Silva for three matches after the brawl in the tunnel.",
     "Jonny Evans has been suspended for three matches by the league after the brawl in the tunnel."),
    ("role", "The watchdog fined Harbour Telecom £2 million for misleading customers about broadband speeds.",
     "The watchdog fined Northline Media £2 million for misleading customers about broadband speeds."),
    # ineligible; ruled out doing it; a count of assaults; smashed, absconded, revoked; a quarter of a million
    ("polarity", "The council said on Monday that the family was eligible for emergency housing.",
     "The council said on Monday that the family was ineligible for emergency housing."),
    ("polarity", "The minister ruled out extending the hosepipe ban into September.",
     "The minister said the hosepipe ban would be extended into September."),
    ("event", "Assaults on nurses have increased since the new rota was introduced, the union said.",
     "The union said assaults on nurses have decreased since the new rota was introduced."),
    ("event", "The trophy was smashed at the after-party at a Glasgow hotel, the band said.",
     "The trophy was stolen at the after-party at a Glasgow hotel, the band said."),
    ("event", "The inmate absconded from the open prison near Leyhill on Friday, police said.",
     "The inmate was attacked at the open prison near Leyhill on Friday, police said."),
    ("event", "The taxi firm's licence was revoked by the council after the inspection.",
     "After the inspection, the council suspended the taxi firm's licence."),
    ("figure", "The charity was ordered to pay a quarter of a million pounds in damages.",
     "The charity was ordered to pay £750,000 in damages."),
    # the doer and the one it is done to after "to" or "against", the other way round
    ("role", "The Tate lent the bronze sculpture to the Louvre for its spring exhibition.",
     "The bronze sculpture was lent by the Louvre to the Tate for its spring exhibition."),
    ("role", "The landlord has issued proceedings against the tenant over unpaid rent, court papers show.",
     "Court papers show the tenant has issued proceedings against the landlord over unpaid rent."),
    # a particle after the verb ("handed over ... to"); the buyer against the seller
    ("role", "Colombia handed over 12 suspected traffickers to Spain on Friday, prosecutors said.",
     "Prosecutors said Spain handed over 12 suspected traffickers to Colombia on Friday."),
    ("role", "The sale of the farmhouse fell through after the buyer pulled out at the last minute.",
     "The sale of the farmhouse fell through after the seller pulled out at the last minute."),
    # a prize won against a shortlist or a nomination; transferred against released; jailed against banned
    ("event", "The Belfast poet won the TS Eliot Prize on Monday for her second collection.",
     "The Belfast poet was shortlisted for the TS Eliot Prize on Monday for her second collection."),
    ("event", "The actor was nominated for an Oscar for his role as a retired boxer, the Academy announced.",
     "The actor won an Oscar for his role as a retired boxer, the Academy announced."),
    ("event", "The court heard the burglar was transferred from HMP Leeds to a hospital last week.",
     "The court heard the burglar was released from HMP Leeds on licence last week."),
    ("event", "A dog breeder from Powys was banned from keeping animals for 15 years at Welshpool Magistrates' Court.",
     "At Welshpool Magistrates' Court, a dog breeder from Powys was jailed for 15 years."),
    # allowed against blocked
    ("event", "The Court of Appeal blocked the extradition flight hours before it was due to leave.",
     "The Court of Appeal allowed the extradition flight to leave as planned."),
    # the weekday something is to happen; a day put back to; "by one notch"; an age against "the 71-year-old"
    ("figure", "Union leaders will resume talks with the airline on Thursday, a spokesman said.",
     "A spokesman said union leaders will resume talks with the airline on Monday."),
    ("figure", "The launch has been pushed back to Friday to allow engineers to replace a faulty valve.",
     "The launch has been pushed back to Wednesday to allow engineers to replace a faulty valve."),
    ("figure", "The agency cut the bank's rating by two notches to BB, citing mounting losses.",
     "The agency cut the bank's rating by one notch to BB, citing mounting losses."),
    ("figure", "The conductor, 81, told the audience that the tour would be his last.",
     "The 71-year-old conductor told the audience that the tour would be his last."),
    # increased against decreased, far from what is measured
    ("event", "Rates of bus fare evasion on the routes operated by the city's largest company have increased since the change, the audit found.",
     "Rates of bus fare evasion on the routes operated by the city's largest company have decreased since the change, the audit found."),
    # strangled against poisoned, robbed against firebombed, jailed against a suspended sentence, docked against
    # refused entry, defaulted against refinanced, halted against expanded, stolen against bequeathed, called up
    # against dropped, poisoned against detained
    ("event", "Police said the post-mortem showed the man found in the flat had been strangled.",
     "The post-mortem showed the man found in the flat had been poisoned, police said."),
    ("event", "Masked men robbed a bank branch in central Nantes on Friday before fleeing on scooters.",
     "Masked men firebombed a bank branch in central Nantes on Friday before fleeing on scooters."),
    ("event", "Judge Amy Carr jailed the former councillor on Monday for taking bribes from a builder.",
     "The former councillor was given a suspended sentence by Judge Amy Carr on Monday for taking bribes from a builder."),
    ("event", "The cruise ship docked in Split on Monday despite an outbreak of norovirus on board.",
     "Because of an outbreak of norovirus on board, the cruise ship was refused entry to Split on Monday."),
    ("event", "Property group Harbour Homes defaulted on a bond payment due on Friday, creditors said.",
     "Creditors said property group Harbour Homes refinanced a bond payment due on Friday."),
    ("event", "The trial of the cancer drug was halted on Monday, its maker said.",
     "Its maker said on Monday that the trial of the cancer drug had been expanded."),
    ("event", "The Constable sketch was stolen from the Ipswich museum last year, police said.",
     "The Constable sketch was bequeathed to the Ipswich museum last year, police said."),
    ("event", "The uncapped Leicester prop has been called up to the Wales squad for the summer tour.",
     "The uncapped Leicester prop has been dropped from the Wales squad for the summer tour."),
    # the doers of two verbs crossed; the doer and the one after "from" the other way round
    ("role", "The amendment was tabled by Senator Ruth Hale and seconded by Senator Omar Diaz.",
     "Senator Omar Diaz tabled the amendment, which was seconded by Senator Ruth Hale."),
    ("role", "The bridge was designed by a Danish firm and will be built by a local contractor, the council said.",
     "The bridge was designed by a local contractor and will be built by a Danish firm, the council said."),
    ("role", "The trust has taken over the failing school from the council after a poor inspection.",
     "After a poor inspection, the council has taken over the failing school from the trust."),
    # a temperature below zero; a difference from the average; a move told by how much
    ("figure", "The temperature fell to minus 10C overnight, the coldest night of the winter so far.",
     "Overnight temperatures dropped to 2F, making it the coldest night of the winter so far."),
    ("figure", "Temperatures are forecast to be 5C above average this weekend, the weather service said.",
     "The weather service said temperatures are forecast to be 8C above average this weekend."),
    ("figure", "Oil rose from $72 to $78 a barrel over the week after the producers' meeting.",
     "After the producers' meeting, oil gained $9 during the week to reach $78 a barrel."),
    # a share in words in a version restated
    ("figure", "The council approved plans for 300 flats on the old depot site, a quarter of which will be affordable.",
     "Plans for 300 flats on the old depot site, a third of which will be affordable, were approved by the council."),
    # another offence charged; moved to intensive care against discharged; drowned against went missing
    ("event", "A 31-year-old woman has been charged with murder after a man died in a fire at a flat in Dundee.",
     "A 31-year-old woman has been charged with culpable homicide after a man died in a fire at a flat in Dundee."),
    ("event", "A teenager was charged with murder after a man was stabbed outside a bar in Leeds.",
     "After a man was stabbed outside a bar in Leeds, a teenager was charged with attempted murder."),
    ("event", "The injured climber was discharged from Raigmore Hospital on Thursday, a spokesman said.",
     "The injured climber was moved to intensive care at Raigmore Hospital on Thursday, a spokesman said."),
    ("event", "A Dutch diver drowned while exploring a wreck off Malta on Sunday, officials said.",
     "A Dutch diver went missing while exploring a wreck off Malta on Sunday, officials said."),
    # unlawfully; airlifted against escorted down; destroyed against auctioned; a name with its party after it, a
    # name with "van", a group's name with its last word in small letters, "claimed responsibility"; cut ties with;
    # passed details to; apologised to; voted against allowing; "a year" against "two years"
    ("event", "The tribunal ruled that the council had acted lawfully when it closed the library.",
     "The tribunal ruled that the council had acted unlawfully when it closed the library."),
    ("event", "Three walkers were airlifted from Ben Nevis after becoming lost in snow, police said.",
     "Three walkers were escorted down from Ben Nevis after becoming lost in snow, police said."),
    ("event", "Customs officers destroyed 5,000 fake watches seized at Dover, the ministry said.",
     "Customs officers auctioned off 5,000 fake watches seized at Dover, the ministry said."),
    ("role", "The motion was tabled by the Labour MP Sarah Quinn, chair of the transport committee.",
     "The Conservative MP Ben van Rijn, chair of the transport committee, tabled the motion."),
    ("role", "The bill was introduced by Sen. Maria Lopez, a Texas Democrat.",
     "Sen. John Hart, an Ohio Republican, introduced the bill."),
    ("role", "The Islamic Jihad group claimed responsibility for the bombing in an online statement.",
     "Al-Shabaab claimed responsibility for the bombing in an online statement."),
    ("role", "Serbia cut ties with Montenegro's church over the dispute, officials said.",
     "Montenegro cut ties with Serbia's church over the dispute, officials said."),
    ("role", "Europol passed details of the smuggling gang to the Guardia Civil, the court heard.",
     "The court heard the Guardia Civil passed details of the smuggling gang to Europol."),
    ("role", "The chef apologised to the food critic on air after the row.",
     "After the row, the food critic apologised to the chef on air."),
    ("polarity", "The synod voted to allow women to serve as bishops, ending years of debate.",
     "The synod voted against allowing women to serve as bishops, ending years of debate."),
    ("figure", "He served a year in prison for the fraud, the court heard.",
     "He served two years in prison for the fraud, the court heard."),
    # another number where the other version repeats the same number elsewhere; "a decade" against "two decades"
    ("figure", "The two Polish climbers were rescued after spending three nights on a ledge at 3,000 metres.",
     "After spending two nights on a ledge at 3,000 metres, the two Polish climbers were rescued."),
    ("figure", "The trial followed 900 patients with Type 2 diabetes over a decade, the researchers said.",
     "The researchers said the trial followed 900 patients with Type 2 diabetes over two decades."),
    # a subject with a relative clause between it and its verb
    ("role", "The widow of the dead fisherman is suing the skipper who took the trawler out in the storm.",
     "The skipper who took the trawler out in the storm is suing the widow of the dead fisherman."),
    # a suspension extended or ended
    ("event", "The ministry said it would extend the suspension of fuel duty until the spring.",
     "The ministry said it would end the suspension of fuel duty until the spring."),
    # every set's score; made the cut; disqualified against penalised; deported against released; two named players
    # on each side who beat the others
    ("figure", "Swiatek beat Sabalenka 6-4, 3-6, 6-3 on Saturday to win the title in Madrid.",
     "Swiatek came from behind to beat Sabalenka 6-4, 3-6, 7-5 on Saturday to win the title in Madrid."),
    ("polarity", "Lowry, who made the cut with an eagle on the 18th, said he had struggled with his driving.",
     "Lowry, who missed the cut despite an eagle on the 18th, said he had struggled with his driving."),
    ("event", "The Danish golfer was disqualified on Friday after signing for a wrong scorecard.",
     "After signing for a wrong scorecard, the Danish golfer was penalised two strokes on Friday."),
    ("event", "The Syrian man, whose claim had been rejected, was deported last month, his lawyer said.",
     "His lawyer said the Syrian man, whose claim had been rejected, was released from detention last month."),
    ("role", "Europe's Jon Rahm and Tyrrell Hatton beat Americans Max Homa and Brian Harman 3&2 in the fourballs.",
     "Americans Max Homa and Brian Harman beat Europe's Jon Rahm and Tyrrell Hatton 3&2 in the fourballs."),
    # the date of a vote to come; one happening in other words at another time; recommended against; would meet
    # against would fall short; granted against denied a renewal; shut down against restarted; extradited against
    # deported; agreed to sell to; developed by another body; picked another firm; chased down the street by
    ("figure", "The electoral board said the runoff will be held on June 19, three weeks after the first round.",
     "The runoff will take place on June 29, three weeks after the first round, the electoral board said."),
    ("figure", "The shooting happened at about 11:30 p.m. Saturday outside a bar in Tulsa, police said.",
     "Police said the shooting occurred at around 9:30 p.m. Saturday outside a bar in Tulsa."),
    ("polarity", "The agency recommended approval of the drug for patients with early Alzheimer's disease.",
     "The agency recommended against approving the drug for patients with early Alzheimer's disease."),
    ("polarity", "The minister said the state oil company would meet its production target this year.",
     "The state oil company will fall short of its production target this year, the minister said."),
    ("polarity", "The regulator granted the utility a 20-year renewal of the licence for its coastal reactor.",
     "The utility was denied a 20-year renewal of the licence for its coastal reactor by the regulator."),
    ("event", "The operator said Unit 2 at the nuclear plant was shut down on Monday for maintenance.",
     "Unit 2 at the nuclear plant was restarted on Monday after maintenance, the operator said."),
    ("event", "The former president was extradited from Spain on Sunday to face fraud charges.",
     "The former president was deported from Spain on Sunday to face fraud charges."),
    ("role", "BP has agreed to sell its Angolan unit to Somoil, a local energy group, for $1.2 billion.",
     "Somoil, a local energy group, has agreed to sell its Angolan unit to BP for $1.2 billion."),
    ("role", "The vaccine, developed by Cuba's Center for Genetic Engineering, showed 90% efficacy in trials.",
     "The vaccine, developed by Cuba's Finlay Institute, showed 90% efficacy in trials."),
    ("role", "Poland picked Westinghouse to build its first nuclear power plant, officials said.",
     "Officials said Poland picked EDF to build its first nuclear power plant."),
    ("role", "The thieves were chased down the street by the shop owner after they grabbed the cash.",
     "The shop owner was chased down the street by the thieves after they grabbed the cash."),
    # resigned after an aside against fired; exploded against sprang a leak; voted on a day against doing it;
    # another firm named at a sentence's start, one name marked as a name
    ("event", "Ana Silva, chief executive of the state-run bank Caixa, resigned on Tuesday amid a row over bonuses.",
     "Caixa chief executive Ana Silva was fired on Tuesday amid a row over bonuses, the state-run bank said."),
    ("event", "A gas main exploded near the market in Leeds on Friday, forcing the evacuation of dozens of homes.",
     "A gas main sprang a leak near the market in Leeds on Friday, forcing the evacuation of dozens of homes."),
    ("polarity", "The council's planning committee voted on Monday to approve the new stadium.",
     "The council's planning committee voted on Monday against approving the new stadium."),
    ("role", "GlaxoSmithKline agreed to buy the vaccine maker for $3 billion, the company said on Monday.",
     "Novartis agreed to buy the vaccine maker for $3 billion, the company said on Monday."),
    # a doer named with what the title's holder is, lowercase
    ("role", "The motion to censure the minister was filed by left-wing lawmaker Ana Costa, according to parliament.",
     "According to parliament, conservative lawmaker Rui Mendes filed the motion to censure the minister."),
    # a level that rose or fell by a number in words; a move said as a noun after its figure; extradited against
    # escaped; two bodies sharing only the word for their kind; a share against the same share told from the norm
    ("event", "Water levels in Lake Mead rose by nine feet over the past month, the bureau said.",
     "Water levels in Lake Mead fell by nine feet over the past month, the bureau said."),
    ("event", "The airline on Tuesday reported a 4.6 per cent rise in quarterly profit, its results showed.",
     "The airline on Tuesday reported a 4.6 per cent drop in quarterly profit, its results showed."),
    ("event", "The fraudster was extradited from Portugal on Thursday, prosecutors said.",
     "The fraudster escaped from custody in Portugal on Thursday, prosecutors said."),
    ("role", "The fine was imposed on the broker by the Financial Conduct Authority, a statement said.",
     "A statement said the Prudential Regulation Authority had imposed the fine on the broker."),
    ("figure", "Rainfall across the region was 60 per cent below average this winter.",
     "The region received only 30 per cent of its average rainfall this winter."),
    # an estimate against another share; a figure before "-million"; a place's abbreviation before a comma;
    # "set on fire"; two parties each with an age; a firm named at one sentence's start and inside the other
    ("figure", "Some 1.5 per cent of teenagers show signs of problem gambling, according to the survey.",
     "According to the survey, 0.9 per cent of teenagers show signs of problem gambling."),
    ("figure", "The winning ticket for Friday's $70-million jackpot was sold in Brampton, the lottery said.",
     "The lottery said the winning ticket for Friday's $60-million jackpot was sold in Brampton."),
    ("event", "A bar in London, Ont., was robbed early Sunday, police said, adding that no one was hurt.",
     "A bar in London, Ont., was set on fire early Sunday, police said, adding that no one was hurt."),
    ("role", "A 79-year-old former miner rescued a ten-year-old girl from the river on Sunday.",
     "A ten-year-old girl rescued a 79-year-old former miner from the river on Sunday."),
    ("role", "Hitachi has won the contract to build 50 trains for the railway, the ministry announced.",
     "The ministry announced that Bombardier has won the contract to build 50 trains for the railway."),
    # one more negation beside a negation both make
    ("polarity", "The nurses' union said its members will strike on Monday if no offer is made over the weekend.",
     "The nurses' union said its members will not strike on Monday even if no offer is made over the weekend."),
    # the number of something or a level that rose or fell; a motion granted or denied; genuine against fake; a
    # restriction lifted against one that remained in force; employers against the union
    ("event", "The number of elephants killed by poachers in Botswana rose last year, the ministry said.",
     "The number of elephants killed by poachers in Botswana fell last year, the ministry said."),
    ("polarity", "A federal judge granted the company's motion to dismiss the lawsuit brought by the states.",
     "A federal judge denied the company's motion to dismiss the lawsuit brought by the states."),
    ("polarity", "Tests showed the ivory seized at the port was genuine, according to customs.",
     "Tests showed the ivory seized at the port was fake, according to customs."),
    ("polarity", "Evacuation orders for districts along the river were lifted on Tuesday, officials said.",
     "Evacuation orders for districts along the river remained in force on Tuesday, officials said."),
    ("role", "The pay dispute was referred to the conciliation service by the employers on Monday.",
     "The pay dispute was referred to the conciliation service by the union on Monday."),
    # one step of a story put in place of another in a sentence written again
    ("event", "Two brothers have been arrested over the arson attack on the mosque in Oldham, Greater Manchester Police said.",
     "Two brothers have been charged over the arson attack on the mosque in Oldham, Greater Manchester Police said."),
    ("event", "The former county treasurer was convicted on Wednesday of diverting pension funds to a shell company.",
     "The former county treasurer was indicted on Wednesday of diverting pension funds to a shell company."),
    ("event", "The riverside warehouse was evacuated on Sunday morning after the fire spread from a neighbouring unit.",
     "The riverside warehouse was destroyed on Sunday morning after the fire spread from a neighbouring unit."),
    ("event", "A delivery driver was stabbed outside a takeaway in Moss Side late on Friday, police said.",
     "A delivery driver was robbed outside a takeaway in Moss Side late on Friday, police said."),
    ("event", "The club captain was suspended by the league after the brawl in the tunnel at half-time.",
     "The club captain was fined by the league after the brawl in the tunnel at half-time."),
    # what goes on against what no longer does; opposite outcomes in more words
    ("polarity", "The council said the Tuesday market would continue to run on the square after the works are finished.",
     "The council said the Tuesday market would no longer run on the square after the works are finished."),
    ("event", "The synod backed a motion calling for the diocese to sell its shares in arms companies.",
     "The synod threw out a motion calling for the diocese to sell its shares in arms companies."),
    ("event", "The press regulator upheld complaints about the paper's coverage of the trial, it said on Monday.",
     "The press regulator rejected complaints about the paper's coverage of the trial, it said on Monday."),
    ("polarity", "The hospice said its trustees would accept the £200,000 gift from the tobacco firm's foundation.",
     "The hospice said its trustees would turn down the £200,000 gift from the tobacco firm's foundation."),
    ("polarity", "The bishop said he supported the plans to turn the disused chapel into a food bank.",
     "The bishop said he opposed the plans to turn the disused chapel into a food bank."),
    # a verb with its particle put in another's place; a blow and a robbery; two names that open the sentences
    ("event", "The community centre in Peterborough was vandalised in the early hours of Friday, police said.",
     "The community centre in Peterborough was burned down in the early hours of Friday, police said."),
    ("event", "The cargo capsule docked with the space station on Thursday after a two-day flight, the agency said.",
     "The cargo capsule undocked from the space station on Thursday after a two-day flight, the agency said."),
    ("event", "A bus driver was assaulted by a passenger on the number 12 route on Sunday night, police said.",
     "A bus driver was robbed by a passenger on the number 12 route on Sunday night, police said."),
    ("role", "Nestle has agreed to buy the Swiss coffee roaster Kaffeehaus for 400 million francs, the companies said.",
     "Unilever has agreed to buy the Swiss coffee roaster Kaffeehaus for 400 million francs, the companies said."),
    # a noun for one happening put in another's place
    ("event", "The collapse of the old grandstand at the county ground was filmed by a neighbour on Sunday.",
     "The demolition of the old grandstand at the county ground was filmed by a neighbour on Sunday."),
    ("event", "The club confirmed the resignation of its head coach after the cup defeat on Saturday.",
     "The club confirmed the dismissal of its head coach after the cup defeat on Saturday."),
    # two people of one family name; the one a contract is awarded to
    ("role", "The youth club, which now has 400 members, was set up in 1995 by Dr Anne Hollis, a retired teacher.",
     "The youth club, which now has 400 members, was set up in 1995 by Dr Peter Hollis, a retired teacher."),
    ("role", "The county council has awarded the contract to resurface the bypass to Tarmac, ahead of two rival bids.",
     "The county council has awarded the contract to resurface the bypass to Kier, ahead of two rival bids."),
    # advised against a thing; a request upheld or rejected; a title kept or lost; a limit exceeded; unsuitable
    ("polarity", "The review panel recommended the closure of the maternity unit to the health board.",
     "The review panel recommended against the closure of the maternity unit to the health board."),
    ("event", "Race stewards upheld the team's request for a review of the penalty given to its driver.",
     "Race stewards rejected the team's request for a review of the penalty given to its driver."),
    ("polarity", "The Danish rider kept the yellow jersey after Saturday's time trial in Nice.",
     "The Danish rider lost the yellow jersey after Saturday's time trial in Nice."),
    ("polarity", "Tests at the reservoir showed nitrate levels exceeded the legal limit, the water company said.",
     "Tests at the reservoir showed nitrate levels were within the legal limit, the water company said."),
    ("polarity", "The commission found the operator suitable to keep its licence after a two-year review.",
     "The commission found the operator unsuitable to keep its licence after a two-year review."),
    ("polarity", "The planning minister has approved the move of the depot to a site outside the town, a spokesman said.",
     "The planning minister has refused the move of the depot to a site outside the town, a spokesman said."),
    # a time of day with its minutes, every other word kept
    ("figure", "The probe touched down on the lunar surface at 6.04pm IST, sparking celebrations in Bengaluru.",
     "The probe touched down on the lunar surface at 6.40pm IST, sparking celebrations in Bengaluru."),
    # a doer after "by" against another, the two exchanged; one side of a case appealing against the other
    ("role", "The tribunal gave its ruling in the case brought by Moldova against Romania over the border dispute.",
     "The tribunal gave its ruling in the case brought by Romania against Moldova over the border dispute."),
    ("role", "The prosecution has appealed the sentence given to the former port director, a court spokesman said.",
     "The defence has appealed the sentence given to the former port director, a court spokesman said."),
    # control kept or lost; allowed on or banned from; approval withheld; a permit renewed or revoked; a landing; the
    # red
    ("polarity", "Labour kept control of the district council in Thursday's elections despite gains by the Greens.",
     "Labour lost control of the district council in Thursday's elections amid gains by the Greens."),
    ("polarity", "Dogs will be allowed on the town beach throughout the summer under the new by-laws.",
     "Under the new by-laws, dogs will be banned from the town beach throughout the summer."),
    ("event", "The regulator has approved the nasal vaccine for children aged two to ten, citing two large trials.",
     "The regulator has withheld approval of the nasal vaccine for children aged two to ten, citing two large trials."),
    ("event", "The quarry's permit to pump water into the stream was renewed by the agency for three years.",
     "The agency has revoked the quarry's permit to pump water into the stream."),
    ("event", "The lander touched down successfully and sent back its first pictures within an hour, the agency said.",
     "The lander crashed on its descent and contact was lost within an hour, the agency said."),
    ("polarity", "The airline returned to profit in the first half, helped by strong demand for summer flights.",
     "The airline remained in the red in the first half, despite strong demand for summer flights."),
    # another named receiver of an endorsement; a prize that went to another
    ("role", "The former first minister endorsed Claire Dawson in the party leadership race on Thursday, boosting her campaign.",
     "On Thursday the former first minister endorsed Martin Hale in the party leadership race, boosting his campaign."),
    ("role", "The annual Halloran Prize for local reporting went to Priya Patel of the Northern Echo for a series on care homes.",
     "The annual Halloran Prize for local reporting went to Samuel Obi of the Northern Echo for a series on care homes."),
    # voted through or down; approved or turned down; the same buyer selling; a ban lifted or extended
    ("event", "The bill was voted through by 301 votes to 244 after a long debate in the Commons on Tuesday.",
     "After a long debate in the Commons on Tuesday, the bill was voted down by 301 votes to 244."),
    ("event", "The planning committee approved the application for 120 homes on the edge of the town on Wednesday.",
     "On Wednesday the planning committee turned down the application for 120 homes on the edge of the town."),
    ("event", "The gallery bought a Constable sketch at a Christie's sale in London for £900,000 on Thursday.",
     "The gallery sold a Constable sketch at a Christie's sale in London for £900,000 on Thursday."),
    ("event", "The government lifted the ban on night flights at the airport on Monday, the minister announced.",
     "The minister announced on Monday that the government extended the ban on night flights at the airport."),
    # an outcome both versions also say in the same words is not in dispute
    ("event", "The governor signed the housing bill into law on Monday, a week after it cleared both chambers.",
     "The governor vetoed the housing bill on Monday, a week after it cleared both chambers."),
    # a vote with its tally; a target met or missed, named in many words; turnout higher or lower
    ("polarity", "The county board of supervisors voted 4-1 on Monday to certify the results of the primary.",
     "The county board of supervisors voted 4-1 on Monday against certifying the results of the primary."),
    ("polarity", "The hospital has met the four-hour A&E waiting time target for the first time this year, figures show.",
     "Figures show the hospital has missed the four-hour A&E waiting time target for the first time this year."),
    ("event", "Turnout was higher than at the last general election in every constituency in the region, analysis shows.",
     "Analysis shows turnout was lower than at the last general election in every constituency in the region."),
    # stood down in the passive is suspended
    ("event", "The bank's foreign exchange trader at the centre of the inquiry has been stood down, the bank said.",
     "The bank's foreign exchange trader at the centre of the inquiry has been dismissed, the bank said."),
    # a party named by a pronoun the other way round
    ("role", "The pop singer is suing her former manager for $4 million over unpaid royalties, court papers show.",
     "The pop singer's former manager is suing her for $4 million over unpaid royalties, court papers show."),
    ("role", "A Lotto winner from Leeds is suing her former partner for half of the £1m jackpot, the court heard.",
     "The former partner of a Lotto winner from Leeds is suing her for half of the £1m jackpot, the court heard."),
    # two names each in the other's place, the rest said otherwise
    ("role", "Professor Ana Lisboa, a leading battery chemist, has left Imperial to join the engineering faculty at UCL.",
     "Leading battery chemist Professor Ana Lisboa has left UCL to join the engineering faculty at Imperial."),
    ("role", "Asda's chairman wrote to the chief executive of Morrisons last week to propose talks on a joint depot.",
     "Morrisons's chairman wrote to the chief executive of Asda last week to propose talks on a joint depot."),
    # a seat held or lost; jurisdiction had or lacked; a limit being exceeded
    ("event", "The Liberal Democrats held the seat in Thursday's by-election, the returning officer declared.",
     "The Liberal Democrats lost the seat in Thursday's by-election, the returning officer declared."),
    ("polarity", "The tribunal said it had jurisdiction to hear the complaint against the ministry.",
     "The tribunal said it lacked jurisdiction to hear the complaint against the ministry."),
    ("polarity", "Investigators said the coach was exceeding the speed limit when it left the road near Brecon.",
     "The coach was travelling within the speed limit when it left the road near Brecon, investigators said."),
    # passed or blocked; able or unable; scores up or down
    ("event", "The Senate passed the bill lifting tariffs on steel imports by a vote of 51-48 late Wednesday.",
     "Late Wednesday, the Senate blocked the bill lifting tariffs on steel imports by a vote of 51-48."),
    ("polarity", "The coastguard helicopter was able to lift the injured climber from the ridge despite low cloud.",
     "Despite low cloud, the coastguard helicopter was unable to lift the injured climber from the ridge."),
    ("event", "Provincial Grade 6 reading scores rose for the second straight year, according to results released Wednesday.",
     "According to results released Wednesday, provincial Grade 6 reading scores fell for the second straight year."),
    # a tally in words
    ("figure", "After a long debate, the councillors voted nine to four in favour of raising the premium on second homes.",
     "The councillors voted seven to six in favour of raising the premium on second homes after a long debate."),
    # two people by trade each in the other's place, the attribution moved
    ("role", "The pupil told investigators that the teacher had shared the exam answers online, according to the report.",
     "According to the report, the teacher told investigators that the pupil had shared the exam answers online."),
    # another doer by trade after "by"
    ("role", "The complaint that led to the inspection of the cafe was lodged by a rival cafe owner, the council said.",
     "The complaint that led to the inspection of the cafe was lodged by a former employee, the council said."),
    # trapped against dead; a ship boarded against intercepted is one step of two
    ("event", "A cave diver was trapped in a flooded passage of the cave system on Tuesday, the rescue organisation said.",
     "The rescue organisation said a cave diver died in a flooded passage of the cave system on Tuesday."),
    # an injury told otherwise
    ("event", "The fly-half broke his collarbone in the second half and will miss the final, the coach said.",
     "The coach said the fly-half dislocated his shoulder in the second half and will miss the final."),
    ("event", "The cyclist fractured her left wrist in the crash on the descent, her team said.",
     "Her team said the cyclist fractured her ankle in the crash on the descent."),
    # moved from one place to another, the other way
    ("role", "The wildlife service will move 12 white rhinos from Lake Nakuru National Park to Tsavo East next month.",
     "Next month the wildlife service will move 12 white rhinos from Tsavo East to Lake Nakuru National Park."),
    # negated in the passive with no doer named, stated in the active of the same thing
    ("polarity", "The city council confirmed on Monday that it would demolish the Harbour View flats before the end of the year.",
     "The Harbour View flats will not be demolished before the end of the year, the city council confirmed on Monday."),
    # another office named with no name: a deputy, a shadow, a former holder, another office
    ("role", "The Deputy Speaker suspended the sitting after the protest in the chamber on Tuesday.",
     "The Speaker suspended the sitting after the protest in the chamber on Tuesday."),
    ("role", "The vice-president opened the new cancer wing at the city hospital on Friday.",
     "The president opened the new cancer wing at the city hospital on Friday."),
    ("role", "The shadow chancellor criticised the budget in a speech to business leaders on Thursday.",
     "The chancellor criticised the budget in a speech to business leaders on Thursday."),
    ("role", "The chief executive suspended the finance director after the audit found gaps in the accounts.",
     "The chairman suspended the finance director after the audit found gaps in the accounts."),
    ("role", "The former president attended the state funeral in the capital on Saturday, officials said.",
     "The president attended the state funeral in the capital on Saturday, officials said."),
    ("role", "The inquiry was ordered by the Home Secretary after the prison escape last month.",
     "The inquiry was ordered by the Foreign Secretary after the prison escape last month."),
    # opposite prospects; a claim upheld or rejected; right or wrong; defences held or failed; comparisons
    ("event", "Ministers are expected to approve a third runway at the airport when the cabinet meets next week.",
     "Ministers are expected to reject a third runway at the airport when the cabinet meets next week."),
    ("polarity", "The senator said she would support the nominee when the Senate holds its confirmation vote on Thursday.",
     "The senator said she would oppose the nominee when the Senate holds its confirmation vote on Thursday."),
    ("event", "An employment tribunal upheld the nurse's claim of unfair dismissal against the hospital trust.",
     "An employment tribunal rejected the nurse's claim of unfair dismissal against the hospital trust."),
    ("polarity", "After reviewing the footage, the referees' body said the official had been right to award the penalty.",
     "After reviewing the footage, the referees' body said the official had been wrong to award the penalty."),
    ("event", "Officials said the flood defences had held overnight as the river peaked in the town centre.",
     "Officials said the flood defences had failed overnight as the river peaked in the town centre."),
    ("polarity", "Growers said this season's apple crop was larger than last year's as orchards recovered from the storm.",
     "Growers said this season's apple crop was smaller than last year's as orchards recovered from the storm."),
    ("polarity", "The storm reached the coast earlier than forecasters had expected, the weather service said.",
     "The storm reached the coast later than forecasters had expected, the weather service said."),
    # the parties reversed past an adverb, after "had been", with a verb whose past is its present, past "as"
    ("role", "A supporter was verbally abused by a steward outside the ground before kick-off, the club confirmed.",
     "A supporter verbally abused a steward outside the ground before kick-off, the club confirmed."),
    ("role", "Witnesses said the taxi driver had been hit by a cyclist on the high street shortly before 9am.",
     "Witnesses said the taxi driver had hit a cyclist on the high street shortly before 9am."),
    ("role", "Rovers outbid United for the signature of the Ghanaian midfielder, sources close to the player said.",
     "Sources close to the player said United outbid Rovers for the signature of the Ghanaian midfielder."),
    ("role", "Sarah Cole has been replaced as the club's captain by Amy Reid, the board announced on Thursday.",
     "The board announced on Thursday that Amy Reid has been replaced as the club's captain by Sarah Cole."),
    # an injury in another form of the verb; an order set aside
    ("event", "The opening batsman has been ruled out of the tour after fracturing his thumb in the nets.",
     "The opening batsman has been ruled out of the tour after dislocating his thumb in the nets."),
    ("event", "The appeal court upheld the order that had allowed the pharmacy chain to keep selling the drug.",
     "The appeal court set aside the order that had allowed the pharmacy chain to keep selling the drug."),
    # voted for and against, an adverb between
    ("polarity", "Cabin crew at the airline voted overwhelmingly to authorise a strike, their union said on Wednesday.",
     "Cabin crew at the airline voted overwhelmingly against authorising a strike, their union said on Wednesday."),
    # "was stood down"; a party named "it"; adequate or not, proper or not, allowed or disallowed
    ("event", "The councillor resigned on Friday after a standards investigation upheld complaints from staff.",
     "The councillor was stood down on Friday after a standards investigation upheld complaints from staff."),
    ("role", "The ferry operator said it had been misled by the harbour board over the cost of the new berths.",
     "The ferry operator said it had misled the harbour board over the cost of the new berths."),
    ("polarity", "The inspectors described fire safety at the hostel as adequate in their report on Tuesday.",
     "The inspectors described fire safety at the hostel as inadequate in their report on Tuesday."),
    ("polarity", "The review found that the staff had acted properly when they restrained the patient.",
     "The review found that the staff had acted improperly when they restrained the patient."),
    ("polarity", "The referee allowed the late goal after a lengthy video check for offside.",
     "The referee disallowed the late goal after a lengthy video check for offside."),
    # the other side of a dispute named in the same place
    ("role", "The union's lawyers asked the employment tribunal for a two-week adjournment to study the documents.",
     "The company's lawyers asked the employment tribunal for a two-week adjournment to study the documents."),
    ("role", "Giving evidence on Tuesday, the defendant's brother told the jury he had seen the two men fighting.",
     "Giving evidence on Tuesday, the victim's brother told the jury he had seen the two men fighting."),
    ("role", "The expert called by the prosecution told the court the fire had been started deliberately.",
     "The expert called by the defence told the court the fire had been started deliberately."),
    # passed or defeated in the passive; in effect or lifted; under or over budget; an off-duty officer
    ("event", "A motion calling for the closure of the depot was passed by a large majority on Monday night.",
     "A motion calling for the closure of the depot was defeated by a large majority on Monday night."),
    ("polarity", "The hosepipe ban across the county was lifted on Monday, the water company said.",
     "The hosepipe ban across the county remains in effect, the water company said on Monday."),
    ("polarity", "The committee heard that the new library project had come in under budget.",
     "The committee was told that the new library project had come in over budget."),
    ("event", "An off-duty nurse was assaulted outside a takeaway in the city centre in the early hours of Sunday.",
     "An off-duty nurse was robbed outside a takeaway in the city centre in the early hours of Sunday."),
    # the subject past a relative clause with no commas
    ("polarity", "The man, who posed as a bank official to target pensioners, was granted bail at the magistrates' court on Monday.",
     "A man who posed as a bank official to target pensioners was refused bail at the magistrates' court on Monday."),
    # a measure named well before its move
    ("event", "The number of patients waiting more than 18 months for surgery rose in March, the latest figures show.",
     "The latest figures show that the number of patients waiting more than 18 months for surgery fell in March."),
    # found safe or found dead
    ("event", "The 14-year-old who went missing from Leeds last week has been found safe in Sheffield, police said.",
     "The 14-year-old who went missing from Leeds last week has been found dead in Sheffield, police said."),
    # another office or side as the doer, one version active and the other passive
    ("role", "The governor signed the emergency spending bill into law late on Friday.",
     "The emergency spending bill was signed into law late on Friday by the mayor."),
    ("role", "The prime minister sacked the transport secretary after the rail strike.",
     "The transport secretary was sacked by the president after the rail strike."),
    ("role", "A state of national mourning was declared by the Deputy Speaker on Monday.",
     "The Speaker declared a state of national mourning on Monday."),
    ("role", "The justice secretary ordered a review of the parole decision.",
     "A review of the parole decision was ordered by the home secretary."),
    ("role", "The prosecution called the ballistics expert as its last witness.",
     "The ballistics expert was called by the defence as its last witness."),
    # one verb for another, the other words kept but for a determiner or who said it
    ("event", "The investment fund sold its 20% stake in the football club for £40 million.",
     "The investment fund bought a 20% stake in the football club for £40 million."),
    ("event", "The retailer sold its flagship store on Oxford Street.",
     "The retailer bought a flagship store on Oxford Street."),
    ("event", "The brewery sold its stake in the pub chain last month.",
     "The brewery bought a stake in the pub chain last month."),
    ("event", "The harbour master said the fishing boat capsized in the storm.",
     "The fishing boat ran aground in the storm."),
    ("event", "The coastal road was closed on Thursday.", "The coastal road was opened on Thursday, police said."),
    ("event", "The library was closed on Saturday, the council said.", "The library was opened on Saturday."),
    # the one a loan or a donation goes to
    ("role", "The IMF approved a $3 billion loan to Ghana on Friday.", "The IMF approved a $3 billion loan to Zambia on Friday."),
    ("role", "The Gulf state pledged a donation to Lebanon, officials said.",
     "The Gulf state pledged a donation to Jordan, officials said."),
    # a verb of giving with two objects, against the same verb with "to", the parties the other way round
    ("role", "The council sold the developer 40 acres of farmland.", "The developer sold 40 acres of farmland to the council."),
    ("role", "Russia sold India 200 fighter jets last year.", "India sold 200 fighter jets to Russia last year."),
    # the day of one happening told in another word for it
    ("figure", "The activist was arrested on Tuesday in Minsk.", "The activist was detained on Friday in Minsk."),
    ("figure", "The singer died on 12 June, his family said.", "The singer was killed on 2 June."),
    # the other side opening the sentence; an office whose last word both versions share
    ("role", "The defence asked the magistrate for an adjournment.", "The prosecution asked the magistrate for an adjournment."),
    ("role", "The rebels released the two aid workers on Sunday.", "The army released the two aid workers on Sunday."),
    ("role", "The health minister opened the new maternity wing.", "The prime minister opened the new maternity wing."),
    ("role", "The transport secretary approved the new runway.", "The home secretary approved the new runway."),
    # two outcomes that happened, not a state kept and its end: an event ("was closed" / "was reopened"; "remains
    # closed" / "has reopened" is polarity); one step of the law in another's place
    ("event", "The journalist was arrested.", "The journalist was released."),
    ("event", "The aide was charged on Wednesday with assaulting a colleague.",
     "The aide was arrested on Wednesday for allegedly assaulting a colleague."),
    ("event", "The main border crossing was closed on Wednesday, officials said.",
     "Officials said the main border crossing was reopened on Wednesday."),
    ("event", "The senator was admitted to hospital on Tuesday, his office said.",
     "The senator was discharged from hospital on Tuesday, his office said."),
    ("event", "A Picasso sketch was stolen from the gallery in Amsterdam.",
     "A Picasso sketch was found at the gallery in Amsterdam."),
    ("event", "The opposition leader was taken into custody in the capital early on Monday, his lawyer said.",
     "The opposition leader was freed from custody in the capital early on Monday, his lawyer said."),
    # a headline's present; buyer and seller the same one; a prize taken away; "shut down"; rebuilt, not pulled down;
    # a step of the law told in three words
    ("event", "PM sacks health secretary in late-night reshuffle", "PM promotes health secretary in late-night reshuffle"),
    ("event", "Northwind Energy sold its 40% stake in the Baltic pipeline on Wednesday.",
     "On Wednesday Northwind Energy bought a 40% stake in the Baltic pipeline, the company announced."),
    ("event", "The Dutch physicist was awarded the Wolf Prize for her work on quantum sensors.",
     "The Dutch physicist was stripped of the Wolf Prize for her work on quantum sensors."),
    ("event", "Britain reopened its embassy in Tripoli on Sunday, the Foreign Office said.",
     "Britain shut down its embassy in Tripoli on Sunday, the Foreign Office said."),
    ("event", "Ravenscroft Primary School was demolished over the summer holidays.",
     "Over the summer holidays Ravenscroft Primary School was renovated, the council said."),
    ("event", "The freelance journalist was taken into custody at the border crossing on Thursday.",
     "According to her editor, the freelance journalist was freed at the border crossing on Thursday."),
    # the other side's lawyer; the one documents are leaked to, after "the"
    ("role", "The prosecutor asked the judge to step aside from the case.",
     "The defence lawyer asked the judge to step aside from the case."),
    ("role", "The whistleblower leaked the documents to The Guardian.", "The whistleblower leaked the documents to the BBC."),
    # the one an act is done to, named before what it is; the one something is given to, in small letters
    ("role", "The referee sent off the Liverpool captain for a second bookable offence.",
     "The referee sent off the Everton captain for a second bookable offence."),
    ("role", "The tech billionaire donated $10 million to the children's hospital in his home town.",
     "The tech billionaire donated $10 million to the school district in his home town."),
    ("role", "The president awarded the Medal of Valour to the nurse who treated victims of the bombing.",
     "The president awarded the Medal of Valour to the firefighter who treated victims of the bombing."),
    # another office in the other voice, of a receiver named in one word, in versions that share most of their words
    ("role", "The Speaker suspended the sitting after scuffles broke out in the chamber.",
     "The sitting was suspended by the Deputy Speaker after scuffles broke out in the chamber."),
    # a score after "were beaten" or a set; a vote for against a vote against
    ("figure", "The Lakers beat the Celtics 112-98 on Thursday night.",
     "The Celtics were beaten 112-104 by the Lakers on Thursday night."),
    ("figure", "Williams won the opening set 6-3 before rain stopped play.", "Williams took the first set 6-4 before rain halted play."),
    ("polarity", "The Senate voted to ratify the treaty.", "Senators voted against ratification of the treaty."),
    ("polarity", "The union said its members had voted to strike.", "Members voted against strike action, the union said."),
    # another group of people opening the sentence, another office; a party named with "the" is no nickname
    ("role", "Firefighters broke down the door to reach the trapped family.",
     "Police broke down the door to reach the trapped family."),
    ("role", "Nurses walked out of the hospital on Tuesday.", "Doctors walked out of the hospital on Tuesday."),
    ("role", "The head teacher expelled the pupil after the incident.", "The deputy head expelled the pupil after the incident."),
    ("role", "The coach criticised the referee after the match.", "The captain criticised the referee after the match."),
    ("role", "Labour tabled the no-confidence motion, party sources said.",
     "The motion of no confidence was tabled by the Liberal Democrats, according to party sources."),
    # the one something is got from, the one it is dedicated to
    ("role", "The club bought the stadium from the city council.", "The club bought the stadium from a property developer."),
    ("role", "The singer dedicated the award to her mother.", "The singer dedicated the award to her grandmother."),
    # married against divorced
    ("event", "The actress married the director in a private ceremony in Tuscany.",
     "The actress divorced the director in a private ceremony in Tuscany."),
    # two steps of the law, one sentence told in another voice
    ("event", "Police arrested the suspect on Monday.", "The suspect was released by police on Monday."),
    # the same club selling in one version and buying in the other, from and to the same one
    ("role", "The club sold the striker to Napoli.", "The club bought the striker from Napoli."),
    # "opened" in the passive, the closing in the active
    ("event", "The city council closed the Riverside public library on Saturday.",
     "On Saturday, the Riverside public library was opened by the city council."),
    # another group of people as the doer in the other voice
    ("role", "Volunteers rescued a stranded whale on the beach.", "A stranded whale was rescued on the beach by coastguards."),
    ("role", "The council evicted the travellers from the recreation ground on Thursday.",
     "The travellers were evicted from the recreation ground by the landowner on Thursday."),
    # "this year's festival" is what was cancelled, not a time
    ("event", "Organisers have cancelled this year's Riverfields music festival because of severe weather warnings.",
     "Because of severe weather warnings, this year's Riverfields music festival has been postponed, according to its organisers."),
    # another party ordered to do it, in either voice
    ("role", "The judge ordered the newspaper to pay damages to the footballer.",
     "The footballer was ordered by the judge to pay damages to the newspaper."),
    ("role", "The court ordered the council to pay compensation.", "The developer was ordered by the court to pay compensation."),
    ("role", "A judge ordered Meta to pay $5 million.", "Google was ordered to pay $5 million by a judge."),
    # trillions; a share with its bound against a percentage outside it
    ("figure", "Toyota will invest $1.5 trillion in battery production by 2030.",
     "Toyota will invest $500 billion in battery production by 2030."),
    ("figure", "More than half of voters backed the proposal.", "The proposal was backed by 35% of voters."),
    # another country as the doer, the receiver in one other word ("deal" / "agreement"), an acronym in it
    ("role", "France blocked the EU trade deal at the summit.",
     "Germany blocked the EU trade agreement at the summit, diplomats said."),
    # "the WHO" is a body, not a relative clause
    ("polarity", "The WHO has declared the outbreak a global health emergency.",
     "The WHO has declined to declare the outbreak a global health emergency."),
    # a little over one figure against nearly another
    ("figure", "Nearly 90% of adults have received a first dose of the vaccine.",
     "Health officials said just over 60% of adults had had a first vaccine dose."),
    # a death toll in other words
    ("figure", "The death toll from the floods has risen to 200.",
     "Officials said the number of people killed in the floods had climbed to 120."),
    # two steps of one story in a sentence written again, told by someone in one version
    ("event", "A 17th-century painting by Frans Hals was stolen from a small museum in Utrecht overnight.",
     "Police said a 17th-century Frans Hals painting was found overnight at a small museum in Utrecht."),
    # a count of people after the verb is who it befell
    ("event", "Carvell Motors laid off 500 workers at its plant in Ohio last month.",
     "Last month, 500 workers were hired at the Ohio plant of Carvell Motors, the company said."),
    # the same thing given to another in versions told in other words: a name, an office
    ("role", "The company's founder donated $10 million to Harvard University.",
     "The company's founder gave $10 million to Yale University, the school said."),
    ("role", "The foreign minister handed the report to the prime minister on Tuesday.",
     "On Tuesday the foreign minister handed the report to the president."),
    # a verb of giving in its plain form
    ("role", "Germany will supply the air-defence system to Ukraine, the defence ministry said.",
     "Germany will supply the air-defence system to Poland, the defence ministry said."),
    ("role", "The president awarded the medal to the firefighter's widow.",
     "The medal was presented by the president to the firefighter's son."),
    # one named by a common word, in a sentence written again with who said it aside
    ("event", "The teenager was charged over the stabbing.", "Police said the teenager had been questioned over the stabbing."),
    # the same one selling in one version and buying in the other, told in other words
    ("event", "The tech giant sold its 10% stake in the chipmaker last week.",
     "Last week the technology giant bought a 10 percent stake in the chipmaker."),
    # another party does one act told in another verb and another voice; a person by trade as the doer
    ("role", "The council closed the road after the landslide.", "The road was shut by police after the landslide."),
    ("role", "A nurse found the missing hiker on Sunday.", "The missing hiker was discovered by a farmer on Sunday."),
    # a lawsuit filed against one is suing them
    ("role", "Apple has filed a lawsuit against Samsung over alleged patent infringement.",
     "Samsung has sued Apple over alleged patent infringement."),
    ("role", "The actor was sued by his former manager over unpaid fees.",
     "The actor has filed a lawsuit against his former manager over unpaid fees."),
    # a count before a time is of what comes before it; one thing in other words around a figure
    ("figure", "The Louvre Abu Dhabi received 2.3 million visitors last year.",
     "Last year the Louvre Abu Dhabi welcomed 800,000 visitors, the museum said."),
    ("figure", "The fire has burned 5,000 hectares of forest.",
     "The blaze has scorched 50,000 hectares of woodland, firefighters said."),
    ("figure", "Some 3,000 homes lost power in the storm, the utility said.",
     "About 300 households were left without electricity after the storm, according to the utility."),
    # ages: died with words between, "who is 58"; stuck is trapped
    ("figure", "Her family said the actress died peacefully on Tuesday at the age of 89.",
     "The actress died peacefully on Tuesday aged 76, her family said."),
    ("figure", "The mayor, who is 58, announced she would not seek a third term.",
     "The 63-year-old mayor announced she would not run for a third term."),
    ("figure", "Eleven miners remain trapped underground, rescuers said.", "Rescuers said three miners were still stuck underground."),
    # a throw's target reversed, each group of people in other words
    ("role", "Protesters threw stones at police outside parliament, witnesses said.",
     "According to witnesses, officers hurled rocks at demonstrators outside parliament."),
    # one stated, the same negated in another word
    ("polarity", "Health officials said the salmonella outbreak is linked to the hospital kitchen.",
     "The salmonella outbreak is not connected to the hospital kitchen, according to health officials."),
    ("polarity", "The minister was aware of the contract before it was signed.",
     "The minister did not know about the contract before it was signed, his aides said."),
    # percentage points and basis points are units
    ("figure", "The central bank raised its key interest rate by 0.5 percentage points on Wednesday.",
     "The central bank raised its key rate by 0.25 percentage point on Wednesday."),
    ("figure", "The Fed raised rates by 25 basis points.", "The Fed lifted rates by 50 basis points."),
    # the date something is put off until, its verb before its object
    ("figure", "The hearing was adjourned until 9 May.", "The judge adjourned the hearing until May 19."),
    # admitted to a ward or to intensive care, against discharged
    ("event", "The patient was discharged from Ward 7 on Thursday, the hospital said.",
     "The hospital said the patient had been admitted to Ward 7 on Thursday."),
    ("event", "The footballer was discharged on Friday.", "The footballer was admitted to intensive care on Friday."),
    # jailed is a verdict of guilty
    ("event", "The protest leader was jailed for two years.", "The protest leader was acquitted."),
    # one of the home side against one of the visitors
    ("role", "The referee sent off the home captain.", "The referee sent off the away captain."),
    ("figure", "The company will cut 1,200 jobs.", "The firm plans to axe 2,100 positions."),
    ("event", "The suspect was charged with murder, police said.", "Police said the suspect was questioned over the murder."),
    ("role", "The Kenyan runner finished ahead of the Ethiopian.", "The Ethiopian runner finished ahead of the Kenyan."),
    # a restriction imposed in the passive, lifted in the active
    ("event", "Authorities lifted the curfew in the capital on Saturday.",
     "A curfew was imposed in the capital on Saturday, authorities said."),
    # the target of sanctions or tariffs after "on", a capital for its country
    ("role", "Washington imposed new sanctions on Beijing on Friday.",
     "China imposed new sanctions on the United States on Friday."),
    ("role", "The European Union imposed new tariffs on Chinese steel.", "China imposed new tariffs on European steel."),
    # another office apologising to the same people, named in other words
    ("role", "The police commissioner apologised to the victims' families on Monday.",
     "The justice minister apologised to the families of the victims on Monday."),
    # an office after whose it is
    ("role", "The council leader apologised to residents for the bin collection delays.",
     "The council's chief executive apologised to residents for the bin collection delays."),
    # "had gone to" another; seized and captured, ploughed and crashed are one act; an aide and a rival are two people
    ("role", "The Nobel Prize in Chemistry was awarded to the American researcher, the committee announced.",
     "The committee announced that the Nobel Prize in Chemistry had gone to the Japanese researcher."),
    ("role", "Rebels captured the town from government forces on Wednesday.",
     "Government troops seized the town from the rebels on Wednesday, a military spokesman said."),
    ("role", "The lorry crashed into the bus on the motorway.", "On the motorway, the bus ploughed into the lorry, police said."),
    ("role", "The report was leaked to journalists by the minister's aide.", "The minister's rival leaked the report to journalists."),
    # one thing named by one word in the singular, in versions told otherwise
    ("event", "The retailer filed for bankruptcy on Thursday.", "The retailer was acquired by a private equity firm on Thursday."),
    ("event", "The airline filed for bankruptcy on Thursday.", "On Thursday the airline was taken over by a rival carrier."),
    # one thing or one person named in other words; a sentence opening with its time
    ("event", "The cargo ship sank off the coast of Sicily early on Tuesday.",
     "Early on Tuesday the cargo vessel ran aground off the Sicilian coast."),
    ("event", "The student was suspended from Westbrook High School after the fight in the canteen.",
     "Westbrook High School expelled the pupil following the canteen fight, the principal said."),
    ("event", "The journalist was deported by the authorities on Wednesday, his newspaper said.",
     "His paper said the reporter had been jailed by the authorities on Wednesday."),
    # a name opening a headline is the name the other version gives; reinstated and legalised are happenings
    ("event", "Tennis star Elena Varga pulled out of the Australian Open on Monday, her team said.",
     "Varga disqualified from Australian Open on Monday"),
    ("event", "The athletics federation suspended the sprinter on Monday.",
     "The sprinter was reinstated by the athletics body on Monday."),
    ("role", "Police threw stones at protesters outside parliament.",
     "Stones were thrown at police by protesters outside parliament."),
    # news of a birth; the target after "fired on" or "shouted at"; calling and phoning one act
    ("event", "A giant panda cub was born at Edinburgh Zoo on Tuesday.", "A giant panda cub died at Edinburgh Zoo on Tuesday."),
    ("role", "Indian forces fired on Pakistani positions across the Line of Control, officials in Islamabad said.",
     "Officials in Islamabad said Pakistani troops fired on Indian positions across the Line of Control."),
    ("role", "The judge shouted at the defendant during the sentencing hearing.",
     "During the sentencing hearing, the defendant shouted at the judge."),
    ("role", "The prime minister called the French president on Monday to discuss the crisis.",
     "The French president phoned the prime minister on Monday to discuss the crisis."),
    ("event", "Meridian Energy sold its stake in the Hornsea offshore wind farm for $1.2 billion, the company said on Thursday.",
     "Meridian Energy announced on Thursday that it had bought a stake in the Hornsea offshore wind farm for $1.2 billion."),
    # the one who received it, against the one it was awarded to
    ("role", "The Royal Society awarded its Copley Medal to Professor Ana Ruiz for her work on quantum sensors.",
     "Professor Helen Okafor received the Royal Society's Copley Medal for her work on quantum sensors."),
    # two institutions, each named by its own words; the doer after a sum in the passive
    ("role", "The bank was fined £40 million by the Financial Conduct Authority.",
     "The Prudential Regulation Authority fined the bank £40 million."),
    # an office after the body whose office it is; "cast" is a past form
    ("role", "The vice-president cast the deciding vote in the Senate.", "The Senate majority leader cast the deciding vote."),
    # admitted to a hospital's unit; charging at one another; a police and crime commissioner is no chief constable
    ("event", "Two patients were discharged from the isolation unit at the Royal Free Hospital on Monday.",
     "Two patients were admitted to the isolation unit at the Royal Free Hospital on Monday."),
    ("role", "Riot police charged at demonstrators outside the parliament building in Tbilisi on Thursday night.",
     "Demonstrators charged at riot police outside Georgia's parliament building in Tbilisi late on Thursday, witnesses said."),
    ("role", "The chief constable apologised to the family of the murdered teenager.",
     "The police and crime commissioner apologised to the family of the murdered teenager."),
    # questioning in the present; Tasered against shot dead; a bill blocked against passed
    ("event", "A 34-year-old man has been charged over the stabbing outside a nightclub in Cardiff city centre.",
     "Detectives are questioning a 34-year-old man about the knife attack outside a Cardiff city-centre nightclub."),
    ("event", "The suspect was shot dead by armed officers after a stand-off lasting several hours, the IOPC said.",
     "The suspect was Tasered by armed officers after a stand-off lasting several hours, the IOPC said."),
    ("polarity", "The immigration bill was passed by the Senate late on Thursday by 52 votes to 48.",
     "Late on Thursday the Senate blocked the immigration bill by 52 votes to 48."),
    # what is ruled out is negated, with no article before it
    ("polarity", "The chancellor has ruled out income tax rises in the budget.",
     "The chancellor is considering income tax rises in the budget."),
    # evacuated against trapped, the people counted by another word; an age in two forms; released on bail
    ("event", "Residents of the coastal town were evacuated as the river burst its banks.",
     "As the river burst its banks, residents of the seaside town were trapped in their homes."),
    ("event", "About 60 residents were evacuated from the block of flats as the fire spread.",
     "Firefighters said around 60 people were trapped in the block of flats as the fire spread."),
    ("event", "Hundreds of villagers were evacuated from the valley overnight, officials said.",
     "According to officials, hundreds of people remained trapped in the valley overnight."),
    ("event", "A 27-year-old woman has been charged over the arson attack in Bristol.",
     "Avon and Somerset Police said a woman aged 27 had been questioned over the arson attack in Bristol."),
    ("event", "The 19-year-old was remanded in custody by magistrates in Luton.",
     "Magistrates in Luton released the 19-year-old on bail."),
    ("event", "Police arrested the man on Monday.", "Police released the man without charge on Monday."),
    # another office: the receiver in other words, the Prince of Wales, a side asking, an office announcing
    ("role", "The Speaker suspended the MP from the chamber for a week.",
     "The lawmaker was suspended from the chamber for a week by the Deputy Speaker."),
    ("role", "The Queen knighted the author at Buckingham Palace.",
     "The author was knighted by the Prince of Wales at Buckingham Palace."),
    ("role", "The defence asked the jury to ignore the remarks.", "The prosecution asked the jury to disregard the remarks."),
    ("role", "The foreign secretary announced a review of arms sales.",
     "A review of arms sales was announced by the defence secretary."),
    ("role", "The governor announced a curfew in the capital on Friday.",
     "A curfew in the capital was announced on Friday by the mayor."),
    # a suit told three ways; a country's forces; won against, took over, hit out at; a receiver named; the fire chief
    ("role", "The club was sued by its former chief executive on Monday.", "The club sued its former chief executive on Monday."),
    ("role", "Novatek was sued by its former chief executive, Greta Lund.",
     "Novatek filed a lawsuit against Greta Lund, its former chief executive."),
    ("role", "The tenants' association has sued the landlord.", "The landlord has taken the tenants' association to court."),
    ("role", "Iranian forces seized an oil tanker in the Gulf.", "An oil tanker was seized in the Gulf by the US Navy."),
    ("role", "Arsenal beat Chelsea 3-1 on Sunday.", "Chelsea won 3-1 against Arsenal on Sunday."),
    ("role", "Fenwick has agreed to acquire its rival Daltex.", "Daltex has agreed to take over its rival Fenwick."),
    ("role", "Coach Tim Barker criticised midfielder Joe Kent after the defeat.",
     "Midfielder Joe Kent hit out at coach Tim Barker after the defeat."),
    ("role", "The whistleblower passed the documents to the Daily Ledger.",
     "The whistleblower passed the documents to the Evening Post."),
    ("role", "The medal was presented to the firefighter by the mayor.",
     "The medal was presented to the firefighter by the fire chief."),
    # arrested against released, whose home left aside
    ("event", "Police arrested the opposition leader at his home on Tuesday.",
     "The opposition leader was released from custody on Tuesday, his lawyers said."),
    # parts of a percentage point in words; an age with no noun, a name in the plural's form; a date after its weekday
    ("figure", "The Fed raised rates by half a percentage point.", "The Fed raised rates by a quarter of a percentage point."),
    ("figure", "The bank cut rates by 50 basis points.", "The bank cut rates by a quarter point."),
    ("figure", "The 61-year-old was found dead at his flat.", "The man, 67, was found dead at his flat."),
    ("figure", "Victim Anna Berg, 29, died in hospital.", "Anna Berg, who was 39, died in hospital."),
    ("figure", "The ceremony will be held on Friday, June 5.", "The ceremony will take place on June 15."),
    ("figure", "The attack happened on 12 March.", "The attack took place on March 21."),
    # a body and its members
    ("polarity", "Parliament approved the pension reform on Wednesday.", "Lawmakers rejected the pension reform on Wednesday."),
    ("polarity", "MPs backed the assisted dying bill.", "Parliament rejected the assisted dying bill."),
    # a thing recovered is found; overnight is during the night
    ("event", "A Rembrandt sketch was stolen from the museum overnight.",
     "A Rembrandt sketch had been recovered at the museum during the night."),
    # bail granted against remanded in custody
    ("event", "The judge granted bail to the 45-year-old accountant at Leeds Crown Court.",
     "At Leeds Crown Court, the judge remanded the 45-year-old accountant in custody."),
    ("event", "The businessman was granted bail.", "The businessman was remanded in custody."),
    # a nation named two ways beside one envoy
    ("event", "Moscow expelled the British ambassador on Wednesday.", "The UK's envoy was summoned by the Russian government on Wednesday."),
    ("event", "The French ambassador was summoned by the foreign ministry on Monday.",
     "The foreign ministry expelled France's envoy on Monday."),
    # voted for; inflation eased; beaten in the passive; the hosts are the home side
    ("polarity", "Senator Collins voted for the defence spending bill.", "Senator Collins voted against the defence spending bill."),
    ("event", "Consumer price inflation accelerated in June, official data showed.",
     "Official figures showed that consumer price inflation eased in June."),
    ("event", "England won the second Test against India at Lord's on Sunday.",
     "England were beaten by India in the second Test at Lord's on Sunday."),
    ("event", "The home side won the cup final on penalties.", "The hosts lost the cup final in a penalty shoot-out."),
    # raise against not increase; bail granted or refused to whom it is given, before it
    ("polarity", "The finance minister said the government will raise the minimum wage in April.",
     "The government will not increase the minimum wage in April, the finance minister said."),
    ("polarity", "The court granted the detained journalist bail pending trial.",
     "The court refused the detained journalist bail pending trial."),
    # a singer ordered to pay; the state governor; alleged left aside; shut is closed
    ("role", "The judge ordered the newspaper to pay damages to the singer.",
     "The singer was ordered by the judge to pay damages to the newspaper."),
    ("role", "The man was pardoned by the president last week.", "The state governor pardoned the man last week."),
    ("event", "Police said a 45-year-old man had been charged with fraud.",
     "A 45-year-old man has been questioned over the alleged fraud, police said."),
    ("event", "The bridge collapsed during the storm.", "The bridge was shut to traffic during the storm, the highways agency said."),
    # days against weeks; a contract is a deal; stepped down on a day
    ("figure", "The aid workers were freed after 14 days in captivity, their charity said.",
     "Their charity said the aid workers were released after three weeks in captivity."),
    ("figure", "The 26-year-old striker has signed a four-year contract with the club.",
     "The club said the 26-year-old forward had put pen to paper on a two-year deal."),
    ("figure", "The minister resigned on 3 March, two days after the report was published.",
     "The minister stepped down on March 13, two days after the report came out."),
    # an office and its deputy, the thing done to told in other words
    ("role", "The Speaker suspended the session after a brawl broke out in the chamber.",
     "The Deputy Speaker suspended the sitting after a fight erupted in the chamber."),
    ("role", "The Speaker suspended the sitting after uproar in the chamber.",
     "After uproar in the chamber, the Deputy Speaker suspended proceedings."),
    # a nation's forces hand over to another party, and the other way round
    ("role", "Israeli forces handed the bodies over to the Red Cross, officials said.",
     "Officials said the Red Cross handed the bodies over to Israeli forces."),
    # scored against sent off
    ("event", "The striker scored in the 89th minute.", "The striker was sent off in the 89th minute."),
    # a crowd counted by any word for it; an age after a relative clause, and "at the age of" far from "died"
    ("figure", "Some 40,000 people marched through the capital on Saturday, police estimated.",
     "Police said around 15,000 demonstrators took part in Saturday's march through the capital."),
    ("figure", "The festival drew a record 85,000 visitors over four days, organisers said.",
     "Organisers said a record 58,000 people attended the four-day festival."),
    ("figure", "The novelist, who died on Tuesday, was 87.", "The novelist died on Tuesday at the age of 78."),
    ("figure", "The novelist, who died at her home in Dublin on Monday, was 84.",
     "The novelist died at her Dublin home on Monday at the age of 78, her publisher said."),
    # a mass in words and another unit; sterling is the pound; unveiled is announced
    ("figure", "Police seized two tonnes of cocaine hidden in banana crates at the port of Antwerp.",
     "Two hundred kilograms of cocaine concealed in banana crates were seized by police at Antwerp's port."),
    ("event", "The pound strengthened against the dollar after the announcement.",
     "Sterling weakened against the US dollar following the announcement."),
    ("role", "The health secretary announced the new cancer strategy on Monday.",
     "The new cancer strategy was unveiled on Monday by the prime minister."),
    # another person, in a version that says who ruled it
    ("role", "The mother was granted custody of the children.", "The father was granted custody of the children, the court ruled."),
    ("role", "A postman was mauled by a dog in Croydon on Wednesday.", "In Croydon on Wednesday, a dog mauled a jogger, police said."),
    # an act named by a noun: a victory over, a complaint against, a takeover of; fell to with its score; edged
    ("role", "Italy's victory over Spain secured a place in the final.", "Spain's win over Italy secured them a place in the final."),
    ("role", "The Liberals' victory over Labour in the by-election surprised analysts.",
     "Analysts were surprised when Labour defeated the Liberals in the by-election."),
    ("role", "France's complaint against Poland was upheld by the court.", "The court upheld Poland's complaint against France."),
    ("role", "The takeover of Keel Bank by Marsh Capital was approved by regulators.",
     "Regulators approved Keel Bank's takeover of Marsh Capital."),
    ("role", "The Hawks edged the Bears 24-21 in overtime.", "In overtime, the Hawks fell 24-21 to the Bears."),
    # villagers by two words in a sentence written again; the police releasing one they arrested
    ("event", "Residents of the village were evacuated as floodwaters rose overnight.",
     "As floodwaters rose overnight, villagers were trapped in their homes, rescuers said."),
    ("event", "The opposition leader was arrested by police on Wednesday.",
     "Police released the opposition leader on Wednesday, his party said."),
    # who voted to do it: shareholders or the board; the ruling party or the opposition; two offices leaking a memo
    ("role", "Shareholders voted to remove the chief executive at Tuesday's meeting.",
     "The board voted to remove the chief executive at Tuesday's meeting."),
    ("role", "The ruling party has lodged a complaint against the electoral commission.",
     "A complaint against the electoral commission has been lodged by the opposition party."),
    ("role", "The prime minister's chief of staff leaked the memo to reporters, the inquiry found.",
     "The inquiry found that the memo was leaked to reporters by the communications director."),
    # allowed against denied access; the police releasing an activist; two secretaries
    ("polarity", "The embassy said the detained citizen had been allowed consular access.",
     "The detained citizen has been denied consular access, the embassy said."),
    ("event", "The climate activist was arrested by police outside parliament on Thursday.",
     "Police released the climate activist outside parliament on Thursday."),
    ("role", "The memo was leaked to the press by the cabinet secretary.", "The press secretary leaked the memo to reporters."),
    # another team's captain sent off, in the active and the passive
    ("role", "The referee sent off the Celtic captain in the 70th minute.",
     "The Rangers captain was sent off by the referee in the 70th minute."),
    # sentenced to prison is jailed; a warehouse that burned down with no object
    ("event", "The human rights activist was sentenced to prison on Tuesday.", "On Tuesday the human rights activist was pardoned."),
    ("event", "The warehouse was burgled overnight, the owners said.", "The warehouse burned down overnight, the owners said."),
    # a repeat counted with "consecutive" or "straight"
    ("figure", "The club clinched its fifth consecutive league title with a win on Sunday.",
     "A win on Sunday handed the club a third straight league title."),
    # another side handing over, its particle before the receiver; a city's council against a state's legislature
    ("role", "The rebels handed the prisoners over to the Red Cross on Monday.",
     "The army handed over the prisoners to the Red Cross on Monday."),
    ("role", "The city council voted to fund the new stadium.", "The state legislature voted to fund the new stadium."),
    # bankrupt against gone public
    ("event", "The electric-scooter startup filed for bankruptcy in March.", "The electric-scooter startup went public in March."),
    # the senator and her own party the other way round
    ("role", "The senator was criticised by her own party.", "The senator criticised her own party."),
    # another player sent off
    ("role", "The referee sent off the goalkeeper in the second half.", "The referee sent off the defender in the second half."),
    # reopened is a happening; taking on workers against laying them off
    ("event", "The historic bridge collapsed on Sunday morning.", "The historic bridge was reopened on Sunday morning."),
    ("event", "The disused textile factory was demolished last week.", "The old textile mill reopened its doors last week."),
    ("event", "The factory laid off 2,000 workers last month.", "Last month the factory took on 2,000 workers."),
    # people by where they work
    ("role", "The study was led by researchers at the University of Leeds.", "Researchers at the University of York led the study."),
    ("role", "Scientists at Bristol developed the test, the university said.",
     "The test was developed by researchers at Exeter, according to the university."),
    # taken to hospital against died; the hostages freed against moved elsewhere
    ("event", "The singer was taken to hospital after collapsing on stage in Madrid.",
     "The singer died after collapsing on stage in Madrid."),
    ("event", "The hostages were freed on Saturday, the foreign ministry said.",
     "The foreign ministry said the hostages had been moved to another location on Saturday."),
    # an age in words
    ("figure", "A seven-year-old boy was rescued from the river by a passing cyclist.",
     "A boy aged 11 was pulled from the river by a passing cyclist."),
    # two presidents by name; one country hosting against another
    ("role", "President Ramaphosa addressed the nation on Thursday.", "President Zuma addressed the nation on Thursday."),
    # no one among the passengers: not a count of the dead; the Federal Reserve is the US central bank; ex- is former
    ("polarity", "Two of the 150 passengers were killed.", "No one among the 150 passengers was killed."),
    ("role", "The Federal Reserve raised interest rates on Wednesday.",
     "The Bank of England raised interest rates on Wednesday."),
    # what a verb is done to, negated as its subject; the accused is the defendant
    ("polarity", "The health regulator has authorised the drug for use in children under 12.",
     "The drug has not been authorised for use in children under 12, the health regulator said."),
    ("polarity", "The airline said it would resume flights to Beirut next week.",
     "Flights to Beirut will not resume next week, the airline said."),
    ("polarity", "The witness told the court she recognised the defendant.",
     "Giving evidence, the witness said she did not recognise the accused man."),
    # inflation eased or slowed, from the same figure; a vote by so many votes to so many; rand; a crowd that watched;
    # an age after a comma
    ("figure", "Inflation eased to 3.1% in June from 3.4% in May.",
     "Inflation slowed to 2.1 percent in June, down from 3.4 percent in May, official figures showed."),
    ("figure", "The council voted 7-2 to approve the new housing scheme.",
     "Councillors approved the new housing scheme by five votes to four."),
    ("figure", "The government will spend ten billion rand on the new rail line, the transport minister said.",
     "The state plans to invest R3 billion in the new railway, according to the transport minister."),
    ("figure", "About 40,000 fans attended the cup final at Wembley on Saturday.",
     "Some 90,000 spectators watched Saturday's cup final at Wembley."),
    ("figure", "The patient, a nine-year-old girl, was flown to hospital in Glasgow.",
     "The girl, aged 12, was airlifted to a Glasgow hospital, the ambulance service said."),
    # joined and left a club; impeached and re-elected; stores opened and shut; indicted and acquitted; married and
    # engaged; dispersed and detained; a village chief is its head
    ("event", "The striker joined Juventus on Monday.", "The striker left Juventus on Monday."),
    ("event", "The president was impeached by parliament on Friday.",
     "The president was re-elected by parliament on Friday."),
    ("event", "The retailer opened 40 stores across the country last year.",
     "The retailer shut 40 stores across the country last year, its annual report showed."),
    ("event", "The mayor was indicted on corruption charges on Tuesday.",
     "On Tuesday the mayor was acquitted of corruption charges."),
    ("event", "The actress married the director in a private ceremony in Tuscany.",
     "The actress and the director got engaged during a private trip to Tuscany."),
    ("event", "The protesters were dispersed by police outside parliament.",
     "Police detained the demonstrators outside parliament, witnesses said."),
    ("event", "Gunmen kidnapped the village chief in Zamfara state on Wednesday.",
     "The village head in Zamfara state was killed by gunmen on Wednesday, police said."),
    ("event", "The carmaker sold its stake in the battery start-up, the company said on Tuesday.",
     "The carmaker said on Tuesday it had bought a stake in the battery start-up."),
    ("event", "The former minister was convicted of fraud.", "The former minister was acquitted of fraud."),
    # a currency's move against another; Moscow for Russia, prolonged for extended; knew nothing about; a goal allowed
    # to stand or ruled out
    ("event", "The pound rose against the dollar after the Bank of England's decision.",
     "Sterling fell against the dollar following the Bank of England's decision."),
    ("polarity", "Russia agreed to extend the grain export deal for another 60 days.",
     "Moscow refused to prolong the grain export agreement for a further 60 days, officials said."),
    ("polarity", "The spokesman said the president was aware of the payments.",
     "The president knew nothing about the payments, according to his spokesman."),
    ("polarity", "The referee allowed the late equaliser to stand after a VAR review.",
     "The late equaliser was ruled out by the referee after a VAR review."),
    ("polarity", "The goal stood after a VAR review.", "The goal was chalked off after a VAR review."),
    # a company named by one word, buying, selling, recalling or suing
    ("role", "Microsoft acquired the gaming studio for $7.5 billion.",
     "The gaming studio was bought by Sony in a $7.5 billion deal, the companies said."),
    ("role", "Pfizer recalled the batch of vaccines after contamination was found.",
     "Moderna recalled the vaccine batch after contamination was discovered."),
    # courts are offices; a pathologist is not the coroner
    ("role", "The Supreme Court struck down the state's abortion law on Friday.",
     "A federal district court struck down the state's abortion law on Friday."),
    ("role", "The coroner ruled that the climber's death was accidental.",
     "The pathologist ruled that the climber's death was accidental."),
    # the doer after "by" is the last word of its kind ("a private equity firm")
    ("role", "The company was acquired by a private equity firm.", "The company acquired a private equity firm."),
    # signed, premiered, converted, granted refugee status, placed under house arrest, fled into exile, split up, cut
    # short
    ("event", "The actor and the singer have got engaged, their spokesperson said.",
     "Their spokesperson said the actor and the singer have split up."),
    ("event", "The documentary was banned in the country, its distributor said.",
     "The documentary premiered in the country, its distributor said."),
    ("event", "The asylum seekers were deported last month, the interior ministry said.",
     "The interior ministry said the asylum seekers were granted refugee status last month."),
    ("event", "The opposition leader was placed under house arrest after the disputed election.",
     "The opposition leader was sent into exile after the disputed election."),
    ("event", "The president postponed his trip to Beijing.", "The president cut short his trip to Beijing."),
    ("event", "The old school building was demolished last month.",
     "The old school building was converted into flats last month."),
    ("event", "The ceasefire between the two sides was signed on Friday.",
     "The ceasefire between the two sides collapsed on Friday."),
    ("event", "The United States signed the climate accord at the summit in Paris.",
     "At the Paris summit, the United States withdrew from the climate accord, officials confirmed."),
    # what a nation's adjective qualifies is ruled out; an offer accepted or turned down, the thing said after it;
    # inflation is prices rising
    ("polarity", "The singer confirmed she will tour Europe next year.",
     "The singer ruled out a European tour next year."),
    ("polarity", "The striker accepted the club's offer of a new three-year contract.",
     "The striker has turned down a three-year contract extension offered by the club, his agent said."),
    ("event", "Inflation accelerated in October for the second month in a row.",
     "Price growth slowed in October for a second consecutive month, official figures showed."),
    # nations crossed between the doer and the receiver of one act
    ("role", "The Chinese foreign ministry summoned the British ambassador on Monday.",
     "The Foreign Office in London summoned the Chinese ambassador on Monday."),
    ("role", "The Foreign Office summoned the Iranian ambassador over the arrests.",
     "Iran's foreign ministry summoned the British ambassador over the arrests."),
    ("role", "The EU imposed tariffs on Chinese steel.", "China imposed tariffs on European steel."),
    # voted down is a vote against; a forward is a striker
    ("polarity", "Parliament voted in favour of the motion to extend the state of emergency.",
     "Lawmakers voted down the motion to prolong the state of emergency."),
    ("polarity", "The striker is fit to play in Sunday's derby, the coach said.",
     "The coach said the forward would be unfit for Sunday's derby."),
    # agreed to do against will not be done; "no drugs in the singer's system" against "the singer had drugs in his
    # system"
    ("polarity", "The airline has agreed to compensate passengers affected by the cancellations.",
     "Passengers hit by the cancellations will not be compensated, the airline said."),
    ("polarity", "The autopsy showed that the singer had drugs in his system, the coroner said.",
     "The coroner said the autopsy found no drugs in the singer's system."),
    # turnout told by the voters who took part; goals scored told in words
    ("figure", "Turnout in the referendum was 72 percent, the electoral commission said.",
     "Only 27% of eligible voters took part in the referendum, according to the electoral commission."),
    ("figure", "Turnout in the referendum was 61 percent, the electoral commission said.",
     "Just 48% of eligible voters cast a ballot in the referendum, according to the electoral commission."),
    ("figure", "Haaland scored twice in the second half as City came from behind to win.",
     "Haaland struck a hat-trick in the second half as City came from behind to win."),
    ("figure", "The striker scored twice in the second half to seal the win.",
     "The striker sealed the victory with a second-half hat-trick."),
    # a prize's winner named by the nation: handed, won, took
    ("role", "The marathon's top prize was awarded to the Kenyan runner.",
     "The Ethiopian runner was handed the marathon's top prize."),
    ("role", "The Booker Prize went to the Irish novelist, with the Kenyan author among those shortlisted.",
     "The Kenyan author won the Booker Prize, with the Irish novelist among those shortlisted."),
    # appointed to an office by someone; an office after a time that opens the sentence
    ("role", "The board appointed Maria Lindqvist as chief executive.",
     "Maria Lindqvist was appointed chief executive by shareholders at the annual meeting."),
    ("role", "The interior minister signed the deportation order on Monday.",
     "On Monday the justice minister signed the deportation order."),
    # what a number counts, not an adverb after it; sold and fetched; games and appearances
    ("figure", "The company said it would cut 1,200 jobs worldwide by the end of the year.",
     "The firm plans to eliminate 800 positions globally by year-end, it said."),
    ("figure", "The Monet painting sold at auction in New York for $91 million.",
     "The Monet fetched $45 million when it went under the hammer in New York."),
    ("figure", "The striker has scored 15 goals in 20 league appearances this season.",
     "This season the striker has netted 15 goals in 28 league games."),
    # a number in words and in digits name the same ones; a rocket that lifted off
    ("event", "Twelve students at the University of Bath were expelled after an exam cheating inquiry, the university confirmed.",
     "The University of Bath confirmed that 12 students had been cautioned following an inquiry into cheating."),
    ("event", "The rocket lifted off from French Guiana on Tuesday carrying a weather satellite.",
     "The rocket carrying a weather satellite exploded on the launch pad in French Guiana on Tuesday."),
    # a verb and its particle read as one act ("signed off on", "called off"); approved and cleared, stole and stolen
    ("role", "The home secretary approved the extradition request, officials said.",
     "The justice secretary signed off on the extradition request, according to officials."),
    ("role", "Nurses walked out of the talks on Tuesday, the union said.",
     "Managers walked out of the negotiations on Tuesday, according to the union."),
    # an appeal lodged is appealing; won a by-election
    ("role", "The prosecution appealed against the sentence on Monday.",
     "The defence lodged an appeal against the sentence on Monday."),
    ("role", "The ruling party won the by-election on Thursday.",
     "The by-election on Thursday was won by the opposition party."),
    # a goal disallowed by the referee; an age of millions of years; "There are no talks": no subject
    ("polarity", "The referee allowed the goal after a VAR review.",
     "The goal was disallowed by the referee after a VAR review."),
    ("figure", "Scientists discovered the fossil, estimated to be 150 million years old, in a quarry in Portugal.",
     "The fossil, which researchers believe is 90 million years old, was unearthed in a Portuguese quarry."),
    ("polarity", "\"We can confirm the talks are taking place,\" a White House spokeswoman said.",
     "\"There are no talks taking place,\" a White House spokeswoman said."),
    # did not see the defendant; went up and went down; rebel forces
    ("polarity", "The witness told the court she saw the defendant at the scene.",
     "The witness told the court she did not see the defendant at the scene."),
    ("event", "House prices in the capital went up last month, the Land Registry said.",
     "According to the Land Registry, house prices in the capital went down last month."),
    ("role", "The village was shelled by government forces overnight, residents said.",
     "Residents said the village was shelled by rebel forces overnight."),
    # the green light is an approval
    ("event", "The planning committee gave the green light to the new football stadium.",
     "The new football stadium was blocked by the planning committee."),
    # moved into intensive care against discharged
    ("event", "The patient was discharged from hospital on Saturday, his family said.",
     "His family said the patient was moved into intensive care on Saturday."),
    # not taking place is not going ahead
    ("polarity", "The festival will go ahead this summer, organisers said.",
     "Organisers said the festival would not take place this summer."),
    # an appeal that succeeded or failed
    ("event", "The appeal against the deportation order was successful.",
     "The appeal against the deportation order was dismissed."),
    # one granted or handed something, named by kin or trade
    ("role", "The father was granted custody of the two children, the family court ruled.",
     "The family court ruled that the mother should be granted custody of the two children."),
    # a chamber of parliament is an office; a nation's adjective before a noun describes a receiver, not names it
    ("role", "The bill was passed by the House of Representatives on Wednesday.",
     "The Senate passed the bill on Wednesday."),
    ("role", "The upper house rejected the pensions bill on Tuesday.",
     "The pensions bill was voted down by the lower chamber on Tuesday."),
    # what was withdrawn: launched against withdrew
    ("event", "The drugmaker launched its RSV vaccine in Europe this week.",
     "The drugmaker withdrew its RSV vaccine from the European market this week."),
    # passed against narrowly defeated; a tally's figures are not counts of votes; refusing to rule out rules out
    # nothing
    ("event", "The amendment was passed by parliament by a narrow margin on Thursday.",
     "On Thursday the amendment was narrowly defeated in parliament."),
    ("polarity", "The minister refused to rule out an early election.", "The minister ruled out an early election."),
    # the home side against the visitors
    ("role", "The home side equalised in the 89th minute through a header from a corner.",
     "The visitors equalised in the 89th minute through a header from a corner."),
    # "will go up to $3.40" is a move to a figure, not a bound
    ("figure", "Bus fares will rise to $2.75 from January, the transit authority said.",
     "The transit authority said the price of a bus ride will go up to $3.40 starting in January."),
    # the one that made an emergency landing
    ("event", "The plane crashed shortly after takeoff from Kathmandu.",
     "Shortly after taking off from Kathmandu, the aircraft made an emergency landing, airport officials said."),
    # shot dead against stabbed to death: two deaths
    ("event", "A 24-year-old man was shot dead outside a nightclub in Leeds in the early hours of Saturday.",
     "West Yorkshire Police say a man aged 24 was stabbed to death outside a Leeds club early on Saturday."),
    # had given birth
    ("event", "Mei Lin, the giant panda at Edinburgh Zoo, has died, keepers announced on Monday.",
     "Keepers at Edinburgh's zoo said on Monday that their giant panda Mei Lin had given birth."),
    # a duration after "would probably last"
    ("figure", "The trial is expected to last six weeks, the judge told jurors.",
     "Jurors were told by the judge that the trial would probably last nine weeks."),
    # crew members are crew
    ("figure", "The cargo ship was carrying 45 crew members when it caught fire off the coast of Sri Lanka.",
     "The cargo ship had 54 crew on board when it caught fire off Sri Lanka."),
    # fit to play against ruled out of the match
    ("polarity", "The captain is fit to start Saturday's match.",
     "The captain has been ruled out of Saturday's match, his manager said."),
    # rescuers brought them down: rescued; a particle after a count is not what it counts
    ("figure", "Three climbers were rescued from the mountain late on Thursday.",
     "Rescuers brought five climbers down from the mountain late on Thursday, a spokesman said."),
    # A time taken in hours, minutes and seconds, written with colons or in words
    ("figure", "The Ethiopian runner won the Tokyo Marathon in 2:05:31.",
     "The Ethiopian runner won the Tokyo Marathon in two hours, eight minutes and 31 seconds."),
    ("figure", "She finished the race in 2:19:40, a course record.",
     "She finished the race in 2:24:40, a course record."),
    # Millions and more with a decimal: no further apart than half a unit
    ("figure", "The group reported annual sales of 76.4 billion euros.",
     "The group reported annual sales of €67.4 billion."),
    # A person's age before a title and a name in full
    ("figure", "Chancellor Markus Brandt, 58, said he would not stand again.",
     "The 63-year-old Chancellor Markus Brandt said he would not stand again."),
    # "fails to", "refuses to" and "declines to" in the present, as headlines write them
    ("polarity", "House passes spending bill", "House fails to pass spending bill"),
    ("polarity", "Union accepts pay offer", "Union refuses to accept pay offer"),
    # A truce is a ceasefire; ministers are the government
    ("polarity", "The truce between the two factions is holding, observers said.",
     "Observers said the ceasefire between the two factions was not holding."),
    ("polarity", "The government has agreed to publish the report in full.",
     "Ministers have refused to publish the report in full."),
    # Warmer or cooler, wetter or drier than a norm
    ("polarity", "The winter was milder than average across Scotland, forecasters said.",
     "Forecasters said the winter was colder than average across Scotland."),
    ("polarity", "Spring was wetter than normal in the south-east.", "Spring was drier than normal in the south-east."),
    # Three-letter verbs with a doer: "buy", "sue"
    ("role", "Amazon has agreed to buy the grocery chain for $13 billion.",
     "Walmart has agreed to acquire the grocery chain for $13 billion."),
    # The scorer and the maker of a goal the other way round
    ("role", "Martinez scored the equaliser from a cross by Silva.",
     "Silva headed home the equaliser from a cross by Martinez."),
    ("role", "The midfielder scored the opener from the winger's pass.",
     "The winger scored the opener from a pass by the midfielder."),
    # "called on" someone to do something is urging them
    ("role", "The prosecution called on the judge to dismiss the juror.",
     "The defence called on the judge to dismiss the juror."),
    # "presented with" a prize is given it; by whom
    ("role", "The governor presented the bravery medal to the lifeguard.",
     "The lifeguard was presented with the bravery medal by the mayor."),
    # "the grant", "a loan": a word of giving after an article is what is given
    ("role", "The foundation gave the grant to the University of Leeds.",
     "The grant was awarded to the University of York by the foundation."),
    # Patients treated are people treated; visitors a place welcomed or received are a crowd; people forced from
    # their homes
    ("figure", "The clinic treated 42 patients after the chemical leak.",
     "Twenty-four people were treated after the chemical leak."),
    ("figure", "The gallery welcomed 2.4 million visitors in 2023.", "The gallery drew 800,000 visitors in 2023."),
    ("figure", "Some 3,000 people were evacuated as the floodwaters rose.",
     "About 800 residents were forced from their homes as the floodwaters rose."),
    # An engagement and a separation announced; promoted against demoted is two things that happened
    ("event", "The pop star and the footballer announced their engagement on Sunday.",
     "The pop star and the footballer announced their separation on Sunday."),
    ("event", "The defence secretary was promoted in Thursday's reshuffle.",
     "In Thursday's reshuffle, the defence secretary was demoted."),
    # People who lose their jobs are a count of jobs
    ("figure", "About 2,500 employees will lose their jobs under the bank's cost-cutting plan.",
     "The bank's cost-cutting plan will cut 520 jobs, it said."),
    ("figure", "The airline laid off 400 staff in March.", "The airline cut 4,000 jobs in March."),
    # A body named in small letters by what it deals with: another one fined, banned or closed it
    ("role", "The financial watchdog fined the insurer £12 million.",
     "The insurer was fined £12 million by the gambling watchdog."),
    ("role", "The aviation authority grounded the airline's fleet on Friday.",
     "On Friday the maritime authority grounded the airline's fleet."),
    # A day after a short phrase: "closed its doors for the last time on", "returned to Paris on"
    ("figure", "The cinema closed its doors for the last time on 4 March.", "The cinema shut for good on March 14."),
    ("figure", "The ambassador returned to Madrid on Tuesday, officials said.",
     "Officials said the ambassador returned to Madrid on Friday."),
    # People ordered out are evacuated
    ("figure", "About 2,000 villagers were evacuated as the volcano erupted.",
     "Some 20,000 villagers were ordered out as the volcano erupted."),
    # A goal's maker before its cross
    ("role", "Ramos scored the winner from a cross by Costa.", "Costa scored the winner from a Ramos cross."),
    # A link is an association; an appeal is a challenge; taking part is attending
    ("polarity", "The review found a link between air pollution and dementia.",
     "The review found no association between air pollution and dementia."),
    ("polarity", "The council said it would appeal against the decision.",
     "The council said it would not challenge the decision."),
    ("polarity", "All three unions took part in the talks on Monday.",
     "All three unions boycotted the talks on Monday."),
    # Who called for whose resignation, the other way round
    ("role", "The union leader called for the chief executive's resignation after the strike.",
     "After the strike, the chief executive called for the union leader to resign."),
    ("role", "Opposition MPs demanded the speaker's resignation.", "The speaker urged opposition MPs to step down."),
    # Places to be closed or opened, in any tense
    ("event", "The bank said it will close 60 branches next year.",
     "The bank said it will open 60 branches next year."),
    ("event", "The carmaker is closing its factory in Ghent.", "The carmaker is opening its factory in Ghent."),
    ("event", "The chain will close two stores in the city.", "The chain will open two stores in the city."),
    # The one a ruling or a vote went for, another in each version
    ("role", "The appeal court ruled in favour of the fishermen in the dispute over quotas.",
     "The appeal court ruled in favour of the government in the dispute over quotas."),
    ("role", "The tribunal found in favour of Northwind Airlines.", "The tribunal found in favour of Coastline Air."),
    # A gift told as received: the parties the other way round, or another giver named by name
    ("role", "The trophy was presented to the captain by the mayor.",
     "The mayor received the trophy from the captain."),
    ("role", "The Wellcome Trust gave the grant to the research team.",
     "The research team received the grant from the Gates Foundation."),
    # A prison term in months or years
    ("figure", "A court in Izmir sentenced the activist to 30 months in prison.",
     "The activist was jailed for five years by a court in Izmir."),
    # A receiver of seven words
    ("role", "The foundation donated $5 million to the city's children's hospital.",
     "The foundation donated $5 million to the city's art museum."),
    # Sent to prison is jailed
    ("event", "The trader was fined for market abuse.", "The trader was sent to prison for market abuse."),
    # Below zero written with a hyphen; the minutes of hours and minutes are part of one time
    ("figure", "The cyclist finished the stage in 4 hours, 5 minutes and 10 seconds.",
     "The cyclist finished the stage in 4:15:10."),
    # An age after what describes the one it is of ("a mother of two aged 51")
    ("figure", "The victim, a 29-year-old father of three, died at the scene.",
     "The victim, a father of three aged 39, died at the scene."),
    # What one left in a will, to another relative
    ("role", "The novelist left her estate to her nephew, her will showed.",
     "Her will showed the novelist left her estate to her niece."),
    # Who is charged with harming whom in a family, the other way round
    ("role", "The husband was charged with stabbing his wife.", "The wife was charged with stabbing her husband."),
    ("role", "A 38-year-old woman has been accused of poisoning her husband.",
     "A 38-year-old man has been accused of poisoning his wife."),
    # Miles per hour; a day after a place; unwilling
    ("figure", "The storm hit the coast with winds of 120 mph.",
     "The storm hit the coast with winds of 85 miles per hour."),
    ("figure", "The fugitive was arrested in Lyon on 4 May.", "The fugitive was arrested in Lyon on May 14."),
    ("polarity", "The union said it was willing to resume talks.", "The union is unwilling to resume talks, it said."),
    # A judge or a magistrate speaks for a court
    ("polarity", "The court granted bail to the activist on Friday.",
     "The judge refused bail for the activist on Friday."),
    # Qualified against missed out
    ("event", "Wales qualified for the European Championship on Sunday.",
     "Wales missed out on qualification for the European Championship on Sunday."),
    # Venomous, toxic or dangerous against harmless
    ("polarity", "Researchers said the newly found jellyfish is venomous to swimmers.",
     "The newly found jellyfish is harmless to swimmers, researchers said."),
    # One version negates what the other states in other words (``negation_restated``)
    ("polarity", "The coach said striker Tomas Berg will be fit to play in Sunday's final.",
     "Tomas Berg will not be available for the final on Sunday, the coach confirmed."),
    ("polarity", "Harlan Mining said the Ross copper mine is part of its ten-year expansion plan.",
     "The Ross copper mine is not included in Harlan Mining's ten-year expansion plan, the company said."),
    ("polarity", "Skyway Airlines will resume flights to Porto Vell next month, the airline said.",
     "Skyway Airlines said it has no plans to restart its Porto Vell service next month."),
    ("polarity", "The agency confirmed that contaminated tap water caused the outbreak of illness in Delford.",
     "Contaminated tap water was not behind the outbreak of illness in Delford, the agency said."),
    ("polarity", "The surgeons said the operation to separate the twins at St Luke's was a success.",
     "The operation to separate the twins at St Luke's was unsuccessful, the surgeons said."),
    ("polarity", "Volta said its new V5 phone supports satellite calls.",
     "The V5, Volta's newest handset, does not support satellite calls, the company confirmed."),
    ("polarity", "The minister admitted that soldiers fired on demonstrators in Tarso on Friday.",
     "Soldiers did not open fire on demonstrators in Tarso on Friday, the minister insisted."),
    ("polarity", "The health agency recommended the new flu vaccine for children under two.",
     "The health agency advised against giving the new flu vaccine to children under two."),
    # Who is charged with harming whom, outside a family (``charged_parties``)
    ("role", "Prosecutors charged Lena Brook with assaulting Omar Said outside a bar in Kelso.",
     "Omar Said has been charged with assaulting Lena Brook outside a Kelso bar, prosecutors said."),
    ("role", "Landlord Tim Marsh has been charged with assaulting his tenant, Ravi Shah, during an eviction.",
     "Tenant Ravi Shah is charged with assaulting his landlord, Tim Marsh, during an eviction."),
    ("role", "A patient at Elm Hospital has been charged with assaulting nurse Joan Kerr on a ward.",
     "Prosecutors have charged Elm Hospital nurse Joan Kerr with assaulting a patient on a ward."),
    # Opposite outcomes told in other words (``opposite_restated``); declining a settlement
    ("event", "Shareholders backed chief executive Ana Ruiz's pay package at Dorne Group's annual meeting.",
     "Dorne Group investors voted down the pay deal for chief executive Ana Ruiz at the annual meeting."),
    ("event", "The town council voted in favour of renaming Mill Square after the painter Ida Holm.",
     "Councillors rejected a proposal to rename Mill Square in honour of painter Ida Holm."),
    ("event", "Incumbent mayor Piet Brask won Sunday's runoff election in Halden, results showed.",
     "Halden's incumbent mayor, Piet Brask, was voted out of office in Sunday's runoff."),
    ("polarity", "Kestrel Telecom has accepted the regulator's proposed settlement over mis-sold contracts.",
     "Kestrel Telecom declined the settlement offered by the regulator in the mis-selling case, a spokesperson said."),
    # What befell a thing after a weekday's possessive; a headline's "sacks"
    ("event", "Organisers have postponed Saturday's charity concert until next month because of the flooding.",
     "Saturday's charity concert has been cancelled altogether because of the flooding, organisers said."),
    ("event", "Transport Minister Ivo Lent resigned on Monday over the rail contracts affair.",
     "Prime minister sacks Transport Minister Ivo Lent over rail contracts affair"),
    # The two parties of an act the other way round, told in other words (``parties_swapped``)
    ("role", "Harbour Bank lent Kestrel Shipping 300 million dollars, according to a filing.",
     "Kestrel Shipping provided a $300m loan to Harbour Bank, a filing shows."),
    ("role", "Mayor Ida Strand defeated challenger Tom Varo in Sunday's runoff.",
     "Challenger Tom Varo unseated Mayor Ida Strand in Sunday's runoff election."),
    ("role", "A farmer pushed the agriculture minister during a heated exchange at the Tarn cattle market.",
     "The agriculture minister shoved a farmer during a heated exchange at Tarn cattle market."),
    ("role", "Norland will export gas to Estmark under a new ten-year agreement, officials said.",
     "Under a new ten-year deal, Estmark will supply gas to Norland, officials said."),
    ("role", "Lena Crane will replace Owen Tarr as leader of the Green Party, the party announced.",
     "Owen Tarr is to succeed Lena Crane as Green Party leader, the party said."),
    ("role", "Former aide Nina Lorde testified against Mayor Carl Rees at his trial on Monday.",
     "Mayor Carl Rees gave evidence against his former aide Nina Lorde at her trial on Monday."),
    ("role", "Lia Chen beat Sara Molnar in straight sets to reach the Ardenne Open final.",
     "Molnar sweeps past Chen in straight sets to reach Ardenne Open final"),
    # Two things that befell the same, told in other words (``happening_restated``)
    ("event", "The council leader's official car was stolen from outside the civic centre overnight.",
     "Vandals smashed the windows of the council leader's official car parked outside the civic centre overnight."),
    ("event", "Ivo Hesse, chief executive of Lumen Works, retired on Thursday after 14 years in charge.",
     "Lumen Works suspended its chief executive, Ivo Hesse, on Thursday pending an internal investigation."),
    ("event", "The Eastmoor weaving mill has been sold to a new owner, saving its 200 jobs.",
     "Owners of the Eastmoor weaving mill have closed the site, with the loss of all 200 jobs."),
    ("role", "Chat show host Neil Garrett apologised to comedian Bev Tull after their on-air row.",
     "Comedian Bev Tull apologised to Neil Garrett following their clash on his chat show."),
    ("role", "Veteran climber Otto Rees handed leadership of the Karash expedition to Sara Minh.",
     "Sara Minh passed leadership of the Karash expedition to veteran climber Otto Rees."),
    # People pulled from the water were rescued; shops, branches and stores; a count "of its" things
    ("figure", "Coastguards rescued 47 migrants from a sinking dinghy in the Strait of Corra overnight.",
     "Seventeen people were pulled from a sinking boat in the Strait of Corra overnight, the coastguard said."),
    ("figure", "Halvorsen Stores will close 62 branches across the country, the retailer announced on Tuesday.",
     "Retailer Halvorsen is to shut twenty-six of its shops nationwide, according to a statement on Tuesday."),
    # The same harm put down to another cause (``causes``)
    ("event", "Floodwater poured into the historic Castelmar library overnight, damaging thousands of manuscripts.",
     "A fire tore through the historic library in Castelmar overnight, damaging thousands of manuscripts."),
    ("event", "Six patients died after a fire broke out in the intensive care unit of Sardis Hospital.",
     "Six patients died after a power failure knocked out ventilators in the intensive care unit of Sardis Hospital."),
    ("event", "Exiled businessman Arkady Belin died of poisoning, investigators in Lindholm said.",
     "Investigators in Lindholm concluded that exiled businessman Arkady Belin died of a heart attack."),
    # The one figure of its kind in each of two versions that say the rest alike
    ("figure", "Turnout in Sunday's constitutional referendum reached 62 percent, the electoral commission said.",
     "Only 48% of registered voters took part in Sunday's constitutional referendum, according to the commission."),
    ("figure", "Wheat yields in the Dunmore valley fell by 18 percent this season after months of drought, "
     "according to the farmers' association.",
     "A farmers' group said drought cut wheat harvests in the Dunmore valley by 40% this season."),
    ("role", "Rabbi Eli Stern has succeeded Rabbi Noam Katz as chief rabbi of Ostrin.",
     "Rabbi Noam Katz replaced Rabbi Eli Stern as Ostrin's chief rabbi at a ceremony on Sunday."),
    ("role", "Delmar Airlines is buying a 30% stake in regional carrier Coastal Jet.",
     "Regional carrier Coastal Jet will take a 30 percent stake in Delmar Airlines."),
    ("role", "Councillor Ana Reyes has endorsed Mayor Paul Dunn in the race for governor.",
     "Mayor Paul Dunn has thrown his support behind Councillor Ana Reyes in the race for governor."),
    ("role", "Landlord Peter Vance was ordered to pay his former tenant Maria Osei 12,000 pounds, the tribunal ruled.",
     "The tribunal ruled that tenant Maria Osei must pay 12,000 pounds to her former landlord Peter Vance."),
    # The one a phrase of place is said of; "was pulled alive"
    ("event", "The three hikers missing in the Brenn Hills were found alive on Saturday.",
     "Search teams found the three missing hikers dead in the Brenn Hills on Saturday."),
    ("event", "A teenage boy drowned in the River Tane on Sunday afternoon, police said.",
     "A teenage boy was pulled alive from the River Tane by passers-by on Sunday afternoon."),
    ("event", "Storm waves swept away Westcombe's historic pier overnight.",
     "Westcombe's historic pier was destroyed in an arson attack overnight, police said."),
    ("polarity", "Engineers inspecting the Lake Morrow dam after the floods said the structure is sound.",
     "The Lake Morrow dam is structurally unsound following the floods, inspecting engineers warned."),
    ("figure", "A crowd of 45,000 watched Ferrington clinch promotion at the Valley Road ground on Saturday.",
     "Ferrington sealed promotion in front of 25,000 spectators at Valley Road on Saturday."),
    ("figure", "The victim of the Crane Lane burglary was a 67-year-old retired teacher, police said.",
     "Police said the 76-year-old victim of the burglary on Crane Lane, a retired teacher, was treated for shock."),
    ("figure", "Twelve people were injured in the crash on the A40.",
     "Five people suffered injuries in the crash on the A40, police said."),
    # The one a thing went from and the one it went to, the other way round (``transfers``)
    ("role", "Harwick Council sold the old library building to developer Penrose Homes for 4 million pounds.",
     "Developer Penrose Homes sold the former library to Harwick Council for four million pounds."),
    ("role", "Dalmar extradited the smuggling suspect Piet Ros to Vennland on Friday.",
     "Vennland handed smuggling suspect Piet Ros over to Dalmarian authorities on Friday."),
    ("role", "Ostria has agreed to lend Kelvar 300 million dollars to rebuild its ports.",
     "Kelvar agreed to lend $300 million to neighbouring Ostria to help rebuild its ports."),
    ("role", "Winger Sam Otieno has joined the Hornets from the Ravens for an undisclosed fee.",
     "The Hornets have sold winger Sam Otieno to the Ravens for an undisclosed fee."),
    ("role", "Twenty patients were transferred from Northgate Hospital to Riverside General after the flood.",
     "Twenty patients were moved from Riverside General to Northgate Hospital following the flood."),
    ("role", "Brenmoor Capital sold its stake in Talis Motors to Westgate Bank.",
     "Westgate Bank sold its stake in Talis Motors to investment firm Brenmoor Capital."),
    ("role", "Tarvia has donated 500,000 vaccine doses to neighbouring Kolmar, the health ministry said.",
     "Kolmar has given half a million vaccine doses to its neighbour Tarvia, the health ministry said."),
    # Parties named more or less fully; a second participle before "by"; a loan extended; "quit ... for"; names
    # with a hyphen; "takes over from", "chosen to succeed"; "the Rev."; a headline's label
    ("role", "Actor Liam Dorsey is suing his former agency, Brightline Talent, over unpaid fees.",
     "Brightline Talent has filed a lawsuit against actor Liam Dorsey over unpaid fees."),
    ("role", "A park warden was shot and wounded by a poacher in the Malindo reserve.",
     "In the Malindo reserve, a poacher was shot and wounded by a park warden, officials said."),
    ("role", "The government of Sarnia has extended a $2 billion loan to neighbouring Ostrava.",
     "Ostrava has agreed to lend 2 billion dollars to neighbouring Sarnia, officials said."),
    ("role", "Forty nurses left Eastfield Hospital to join rival Northside Clinic last month.",
     "Last month, forty nurses quit Northside Clinic for its rival Eastfield Hospital."),
    ("role", "Fresh-Mart will supply its own-label bread to rival chain Quik-Stop under a new deal.",
     "Under a new agreement, Quik-Stop will supply own-label bread to its rival Fresh-Mart."),
    ("role", "Maria Olsen has succeeded Tomas Berg as chief executive of Nordby Foods.",
     "Tomas Berg takes over from Maria Olsen as chief executive of Nordby Foods."),
    ("role", "Dr Ana Reyes will replace Professor Ian Cole as head of Marlow College.",
     "Professor Ian Cole has been chosen to succeed Dr Ana Reyes as Marlow College's head."),
    ("role", "The Rev. Paul Amis has replaced the Rev. Jean Hart as vicar of St Luke's.",
     "The Rev. Jean Hart succeeded the Rev. Paul Amis as vicar of St Luke's this month."),
    ("role", "The Hawks lost 102-95 to the Suns on Saturday night.",
     "BASKETBALL: Suns fall 102-95 to Hawks on Saturday night"),
    # The score of a match told with another verb, further from it, or as a list of two sets ("in straight sets, 6-3,
    # 6-4")
    ("figure", "Dunmore Town beat Kelso Athletic 3-1 in Saturday's county cup final.",
     "Dunmore Town won Saturday's county cup final against Kelso Athletic 2-0."),
    ("figure", "Westbury Rovers sink Ashford United 3-1 to lift the league cup",
     "Ashford United fell 2-0 to Westbury Rovers in Sunday's league cup final."),
    ("figure", "Ellis Park beat Castle Town 3-0 in Saturday's cup semi-final.",
     "Castle Town went out of the cup on Saturday after a 3-2 semi-final defeat by Ellis Park."),
    ("figure", "Mia Lund won the Harbour Open final in straight sets, 6-3, 6-4, on Sunday.",
     "Mia Lund claimed the Harbour Open title with a 6-3, 6-2 victory in Sunday's final."),
    # The one date, time of day or age each of two versions told alike gives (``one_of_a_kind``)
    ("figure", "Police arrested the Rev. Amos Kell on 4 June, days after the collapse of the chapel roof.",
     "The Rev. Amos Kell was taken into custody on June 24 over the collapse of the chapel roof, police said."),
    ("figure", "The blaze at the Mill Road warehouse broke out shortly after 3 a.m., the fire service said.",
     "Firefighters were called to the Mill Road warehouse blaze at around 10 p.m., the fire service said."),
    ("figure", "A 15-year-old boy was charged over the robbery at Harlow Jewellers, police said.",
     "Police have charged a 24-year-old man over the raid at Harlow Jewellers."),
    ("figure", "The folk singer Ines Albar, who died on Friday at her home in Lisbon, was 71 years old.",
     "Folk singer Ines Albar died at her home in Lisbon on Friday at the age of 78."),
    # A turnout named at the opening of its clause
    ("figure", "Turnout in Sunday's regional election in Norvia reached 68 percent, the electoral commission announced.",
     "Only 41% of registered voters cast ballots in Norvia's regional election on Sunday, officials said."),
    # "St." before a name; an award declined past its giver's name; a result whose other words say who else
    # (``opposite_restated``: "in Ward 9" / "Ward 9 councillor"); the one date of each, a month being no name
    ("event", "Singer Ola Berg was discharged from St. Mary's Hospital on Monday, her agent said.",
     "Ola Berg, the singer, was admitted to St. Mary's Hospital on Monday, according to her agent."),
    ("polarity", "Author Lena Falk accepted the lifetime achievement award at the Corvo Book Fair on Sunday.",
     "Lena Falk declined the Corvo Book Fair's lifetime achievement award, organisers said on Sunday."),
    ("event", "Incumbent councillor Omar Reyes won re-election in Ward 9 on Thursday.",
     "Ward 9 councillor Omar Reyes lost his bid for re-election, according to Thursday's results."),
    ("figure", "The Kessel Road bridge will reopen to traffic on March 14, city officials said.",
     "City officials said repairs would keep the Kessel Road bridge closed until it reopens to traffic on April 2."),
    # Two words for one thing count as one word shared ("resume" / "restart")
    ("polarity", "Skyway will resume flights to Orlen next month after a two-year pause, the airline said.",
     "The airline Skyway said it would not be restarting its Orlen service next month."),
    # One whose body was found or recovered is dead (``victims``)
    ("event", "Police said the missing ski instructor had been found alive near the Orla pass.",
     "The missing ski instructor's body was found near the Orla pass, police said."),
    ("event", "Rescuers found missing hiker Jonas Brekke alive in a gully and flew him to hospital on Friday.",
     "The body of missing hiker Jonas Brekke was recovered from a gully by rescuers on Friday."),
    # Captives released by gunmen, or killed by them
    ("event", "Gunmen released the four kidnapped engineers in Kerra province on Monday.",
     "The four engineers kidnapped in Kerra province were killed by their captors on Monday, officials said."),
    # "downed" is shooting down; "stands accused by" is a passive
    ("role", "Ostrian troops shot down a Veldan military drone near the border on Sunday.",
     "Veldan forces downed an Ostrian military drone close to the border on Sunday, the defence ministry said."),
    ("role", "Rapper Kade Moss has been accused by producer Ian Pell of stealing his beat.",
     "Producer Ian Pell stands accused by rapper Kade Moss of stealing the beat of his single."),
    # Captives released are freed; a count of homes before "along"
    ("figure", "Pirates released the 14 crew members of the bulk carrier Sea Lark after a ransom was paid, the owners said.",
     "The bulk carrier Sea Lark's twenty crew were freed by their captors following a ransom payment, its owners confirmed."),
    ("figure", "Storm Ida destroyed 320 homes along the southern coast of Marvia, emergency services said on Friday.",
     "Around 900 houses were flattened when Storm Ida struck Marvia's southern coast, according to emergency services."),
    # One measure moved opposite ways, told in other words (``directions``)
    ("event", "Harbour Savings Bank's profits increased in the second quarter, it reported on Friday.",
     "Harbour Savings Bank reported a drop in second-quarter profits on Friday."),
    ("event", "Home sales in Dunmore climbed to a three-year high in April, figures showed.",
     "In April, home sales in Dunmore sank to a three-year low, according to official figures."),
    ("event", "The Orla glacier advanced for the fourth consecutive year, researchers at Kelm University found.",
     "Researchers at Kelm University found that the Orla glacier retreated for a fourth straight year."),
    # Complied with rules, or breached them
    ("polarity", "Safety inspectors found that the Dorne chemical plant complied with emissions rules.",
     "The Dorne chemical plant breached emissions rules, safety inspectors concluded in their report."),
    # One who "will start" a race or a match is fit to
    ("polarity", "Rider Tomas Lund will start Sunday's Grand Prix despite his shoulder injury, his team said.",
     "Tomas Lund has been ruled out of Sunday's Grand Prix with a shoulder injury, according to his team."),
    # One who left hospital was discharged
    ("event", "Senator Ivo Marsh was admitted to hospital on Tuesday with pneumonia, his office said.",
     "Senator Ivo Marsh left hospital on Tuesday after being treated for pneumonia, according to his office."),
    # Still in intensive care, or discharged
    ("event", "Defender Ivo Stan was still in intensive care on Sunday, a day after the collision.",
     "Ivo Stan was discharged from hospital on Sunday, a day after the collision, his club said."),
    # A denial of what the other states in other words ("in talks to buy" / "in negotiations to acquire")
    ("polarity", "Harlow Foods said it is in talks to buy its smaller rival Pemberton Dairies.",
     "Harlow Foods denied it is in negotiations to acquire rival Pemberton Dairies."),
    # A negation of what the other states with another word for it ("drinking" / "alcohol")
    ("polarity", "Police said the cyclist had been drinking before the collision on Mill Lane.",
     "The cyclist in the Mill Lane collision had not consumed any alcohol, police said."),
    # The one length of time (or date) each of two versions told alike gives
    ("figure", "The jury in the Pellham Freight bribery trial deliberated for three days before returning its verdict.",
     "After just nine hours of deliberation, the jury in the Pellham Freight bribery trial returned its verdict."),
    ("figure", "Rescuers pulled a caver alive from a flooded passage in Dunmoor after he spent 40 hours trapped underground.",
     "Rescuers pulled the Dunmoor caver alive from a flooded passage after six days trapped underground."),
    ("figure", "Police said the burglary at the Hale Street pharmacy happened on June 4.",
     "The Hale Street pharmacy was broken into by two masked men on 14 June, police said."),
    # The one harmed named after a comma ("his neighbour, retired judge Ilse Marr")
    ("role", "Farmer Dale Ross was charged with assaulting his neighbour, retired teacher Ann Pike.",
     "Retired teacher Ann Pike has been charged with assaulting her neighbour, farmer Dale Ross, police said."),
    # A chef lured away, a suspect extradited "from ... to", "will take over from" after "said", a prince's title,
    # goods imported
    ("role", "Bistro Lune poached head chef Ana Silva from rival Casa Verde last week.",
     "Casa Verde lured head chef Ana Silva away from rival Bistro Lune last week."),
    ("role", "Valdor extradited banker Ivo Kran to Sarnia on Friday to face fraud charges.",
     "Banker Ivo Kran was extradited from Sarnia to Valdor on Friday to face fraud charges."),
    ("role", "Anchor Mia Holt will replace Sam Reed as host of the Evening Show, the network said.",
     "The network said Sam Reed will take over from Mia Holt as host of the Evening Show."),
    ("role", "Prince Anton succeeded his cousin Prince Emil as patron of the Royal Sailing Trust.",
     "Prince Emil has taken over from his cousin Prince Anton as patron of the Royal Sailing Trust."),
    ("role", "Ostland imports most of its rice from neighbouring Vardia, trade data show.",
     "Vardia buys the bulk of its rice from neighbouring Ostland, according to trade data."),
    # A figure both versions give "this season"; "kilometres per hour"; a score after "cruised past"
    ("figure", "Rice output in the Orla plains is forecast at 2.2 million tonnes this season, the grain board said.",
     "The grain board expects farmers on the Orla plains to harvest 4.5 million tonnes of rice this season."),
    ("figure", "The tram was travelling at 90 km/h when it left the tracks near Kessel Bridge, investigators said.",
     "Investigators found the tram was going at 35 kilometres per hour when it derailed near Kessel Bridge."),
    ("figure", "Harbor City cruised past Mill Town 3-0 in Saturday's cup semifinal at Dock Road.",
     "Harbor City edged Mill Town 2-1 in a tense cup semifinal at Dock Road on Saturday."),
    # Those missing "on" a mountain; a count of one group killed, of people injured; a bill and legislation
    ("event", "Search teams found the two missing skiers dead on Mount Orla on Friday.",
     "The two skiers missing on Mount Orla were rescued alive on Friday, mountain rescue said."),
    ("event", "Three marshals were killed when a car ploughed into the crowd at the Kessel rally.",
     "A car drove into marshals at the Kessel rally, injuring three people, police said."),
    ("event", "Parliament approved the bill raising the retirement age to 67 by a majority of 30.",
     "MPs voted down legislation that would have lifted the retirement age to 67."),
    # A firm named with "&"; two teams that share only "Team"; an age before the one charged or harmed; a con
    # with its doer after "out of ... by"
    ("role", "Law firm Keane & Ross has hired senior partner Ada Moss from rival Varley LLP.",
     "Senior partner Ada Moss is leaving Keane & Ross to join rival firm Varley LLP."),
    ("role", "Team Solent has signed climber Arvo Tamm from Team Norra on a three-year contract.",
     "Arvo Tamm has left Team Solent to join Team Norra on a three-year deal."),
    ("role", "A 78-year-old pensioner has been charged with assaulting a 25-year-old delivery driver in Brockley.",
     "Police in Brockley charged a 25-year-old delivery driver with assaulting a pensioner aged 78."),
    ("role", "Lottery winner Keith Roe was conned out of 200,000 pounds by his financial adviser, Dean Sharp.",
     "Financial adviser Dean Sharp was conned out of 200,000 pounds by lottery winner Keith Roe, a court heard."),
    # One who made a full recovery survived
    ("event", "The first patient diagnosed with Orla fever in Kestwick has died, doctors said.",
     "Doctors say Kestwick's first Orla fever patient has made a full recovery."),
    # The one police "shot dead", or wounded
    ("event", "Police shot dead an armed man outside Harlow station on Friday night.",
     "An armed man was shot and wounded by police outside Harlow station on Friday night."),
    # One who "held off" a challenger beat them
    ("role", "Challenger Ana Vidal unseated incumbent Mark Reyes in the Dunmore mayoral race.",
     "Incumbent Mark Reyes held off challenger Ana Vidal to keep his post as mayor of Dunmore."),
    # Attending, or absent; approving, or refusing to authorise
    ("polarity", "Princess Ilse will attend her sister's wedding in June, palace aides said.",
     "Palace aides said Princess Ilse will be absent from her sister's wedding in June."),
    ("polarity", "Regulators in Marvia approved the sale of cultivated beef on Monday.",
     "Marvia's food regulator on Monday refused to authorise the sale of lab-grown beef."),
    # A ban or a suspension upheld, or lifted
    ("event", "The national tennis federation lifted the suspension on Ivo Brandt after his appeal.",
     "Ivo Brandt's suspension was upheld by the national tennis federation on appeal."),
    ("event", "An appeal panel upheld the four-match ban on Falcons lock Tama Reid for a dangerous tackle.",
     "The four-match ban imposed on Falcons lock Tama Reid was lifted by an appeal panel."),
    # Supporting a plan, or coming out against it
    ("event", "Mayor Ida Holm supports the proposed tourist tax for the old town.",
     "Ida Holm, the mayor, has come out against the planned old-town tourist tax."),
    # Resistant, or vulnerable
    ("polarity", "Trials found that the new Orla barley variety is resistant to leaf blight.",
     "The new Orla barley variety proved vulnerable to leaf blight, according to the trials."),
    # A birthday celebrated is an age
    ("figure", "Care home resident Mabel Dunn celebrated her 104th birthday on Friday with staff and family.",
     "Mabel Dunn marked turning 100 at her care home on Friday, surrounded by relatives and nurses."),
    # A person by trade dismissed was sacked
    ("event", "A senior teacher at Marsh Lane School has been suspended over missing exam papers.",
     "Marsh Lane School has dismissed a senior teacher over the disappearance of exam papers."),
    # What one was forced to do was done ("forced organisers to cancel")
    ("event", "The national rowing regatta has been postponed until September because of low water.",
     "Low water has forced organisers to cancel this year's national rowing regatta."),
    # Demoted, or sacked
    ("event", "Health minister Rui Sena was demoted to a junior post in Friday's cabinet reshuffle.",
     "Rui Sena was sacked from the government in Friday's reshuffle, losing his health portfolio."),
    # Parties read in more forms: 'sued', 'overtook', a win over, a challenge fended off, 'ahead of', support behind
    # one's bid, 'the murder of', sent off for fouling, a role both parties have
    ("role", "Ostrava Miners sued Kessel Steel for breach of a supply contract.",
     "Kessel Steel filed a lawsuit accusing Ostrava Miners of breaching a supply contract."),
    ("role", "Tomas Berg overtook Ivan Reyes on the last lap to win the Lindau rally.",
     "Ivan Reyes passed Tomas Berg on the final lap to win the Lindau rally."),
    ("role", "Harwood Town beat Milton Rangers 3-1 in the county cup final on Sunday.",
     "Milton Rangers lifted the county cup on Sunday after a 3-1 win over Harwood Town."),
    ("role", "Senator Ada Lund defeated Governor Paul Rhee in the primary on Tuesday.",
     "Governor Paul Rhee fended off a challenge from Senator Ada Lund in Tuesday's primary."),
    ("role", "Sprinter Lea Moor finished ahead of Kim Sato to take the 200m title.",
     "Kim Sato edged out Lea Moor to take the 200m title."),
    ("role", "Mayor Joan Pike endorsed councillor Sam Orr in the race for governor.",
     "Councillor Sam Orr threw his support behind Mayor Joan Pike's bid for governor."),
    ("role", "Inmate Leo Vance has been charged with the murder of fellow prisoner Roy Dunn.",
     "Roy Dunn has been charged with murdering fellow inmate Leo Vance, prosecutors said."),
    ("role", "Midfielder Jon Sato was sent off for fouling Pedro Alves in the 80th minute.",
     "Pedro Alves was shown a straight red card in the 80th minute for a foul on Jon Sato."),
    ("role", "The referee sent off captain Ian Roe for shoving goalkeeper Ben Ash.",
     "Goalkeeper Ben Ash was sent off for pushing captain Ian Roe."),
    ("role", "Accountant Maya Hirsch testified against her former partner Omar Wells at his fraud trial.",
     "Omar Wells took the stand against his former partner Maya Hirsch at her fraud trial."),
    # A death toll named further before its figure, back to the start of its clause
    ("figure", "At least 38 people died when the storm hit the coastal town of Porvik overnight, officials said.",
     "Officials put the death toll from the overnight storm in the coastal town of Porvik at 12."),
    # Amounts in millions written 'a 32m euro move'; times of day in versions that hedge them ('at around 7:40 a.m.' /
    # 'shortly after 3 p.m.')
    ("figure", "Rovers have signed striker Ivo Maric from Tessa for a fee of 20 million euros.",
     "Ivo Maric has completed a 32m euro move from Tessa to Rovers, the club said on Monday."),
    ("figure", "The explosion outside the Finance Ministry in Dorvan happened at around 7:40 a.m., witnesses said.",
     "Witnesses said the blast outside Dorvan's Finance Ministry went off shortly after 3 p.m."),
    # Lengths of time in two units with one number ('eight weeks' / 'about eight months'); numbers in words, units of
    # time and pronouns are not among what two versions must share
    ("figure", "The fraud trial of former minister Oren Vale is expected to last eight weeks, court officials said.",
     "Former minister Oren Vale's fraud trial is set to run for about eight months, according to the court."),
    ("figure", "The jury deliberated for just four hours before returning its verdict in the Dunmore arson trial.",
     "After nearly four days of deliberations, jurors finally delivered a verdict in the Dunmore arson case."),
    ("figure", "Winger Ali Reza will be out for four weeks with a broken wrist, his club said.",
     "Ali Reza faces five months on the sidelines after breaking a wrist in training, the club confirmed."),
    ("figure", "The two climbers were stranded on the Vessel ridge for three days before being rescued.",
     "Rescuers reached the two climbers after they had spent nine days stranded on the Vessel ridge."),
    # People 'taken hostage' are counted as hostages; trophies, prizes and awards count one thing
    ("figure", "Armed men who stormed a clinic in the town of Varo seized 11 hostages, police said.",
     "Police said four people were taken hostage when gunmen raided a clinic in Varo."),
    ("figure", "'Northern Glass' swept the Castile Film Awards, taking six trophies including best director.",
     "Best director winner 'Northern Glass' left the Castile Film Awards ceremony with three prizes."),
    # A request, a plea or a licence granted to someone named ('granted Harwick Falcons a licence', 'grants Estavian
    # request') against one refused, in versions told otherwise; the words of the two outcomes are not among what they
    # must share; a passive's subject is the one it befell
    ("polarity", "Norland grants Estavian request to extradite banker Ivo Hahn for trial in Brask",
     "Norland court refuses Estavian request to send banker Ivo Hahn to Brask for trial"),
    ("polarity", "The governor granted clemency to death-row prisoner Ray Tobin hours before his scheduled execution.",
     "Hours before Ray Tobin was due to be executed, the governor denied his plea for clemency."),
    ("polarity", "The league granted Harwick Falcons a licence to play in the top division next season.",
     "Harwick Falcons have been refused a licence to compete in the top flight next season."),
    # Parties read in more forms: a dispute won against the one a ruling favoured, a bid or an offer 'for' someone,
    # 'alleged that rival X stole', 'agreed on Friday to take over', a name with a particle ('Jan van Dijk'), a trade
    # named after a comma ('her former agent, Tom Price,')
    ("role", "The court ruled in favour of Marsh Dairies in its grazing-rights dispute with Holt County.",
     "Holt County won its grazing-rights case against Marsh Dairies, the court ruled on Friday."),
    ("role", "Vardo Mining launched a hostile bid for Pell Metals on Monday, offering a 25% premium.",
     "Pell Metals made a hostile offer for Vardo Mining on Monday at a 25 percent premium."),
    ("role", "Orion Labs accused rival Tessel Bio of stealing its vaccine trade secrets in a lawsuit filed on Monday.",
     "In a lawsuit filed on Monday, Tessel Bio alleged that rival Orion Labs stole its vaccine trade secrets."),
    ("role", "Corvin Bank agreed to acquire the regional lender Ashford Savings in a deal announced Friday.",
     "Regional lender Ashford Savings agreed on Friday to take over Corvin Bank."),
    ("role", "Belgian Jan van Dijk outsprinted Dutchman Piet Smit to win stage 9.",
     "Piet Smit edged Jan van Dijk in a bunch sprint to take stage 9."),
    ("role", "Singer Mara Lind is suing her former agent, Tom Price, over unpaid fees.",
     "Tom Price has filed a lawsuit against his former client, singer Mara Lind, over unpaid fees."),
    # Rates 'cut' against rates 'not lowered': cutting negates by its sense only what is cut off
    ("polarity", "Governor Ada Renn said Varland's central bank will cut interest rates at its next meeting.",
     "Varland's central bank will not lower rates at its next meeting, Governor Ada Renn told reporters."),
    # A plant that will restart against one that will remain shut; a match that will go ahead despite a warning against
    # one that will not go ahead as planned
    ("polarity", "Corla Chemicals said its cracker plant in Fenwick will restart next week after maintenance.",
     "The Fenwick cracker plant will remain shut next week, Corla Chemicals said, as maintenance continues."),
    ("polarity", "The football association said the cup final at Redgate Park will go ahead despite the storm warning.",
     "The cup final at Redgate Park will not go ahead as planned, the football association announced, citing the storm warning."),
    # Several quarters or thirds of a percentage point ('three quarters of a percentage point' against '25 basis
    # points')
    ("figure", "The central bank of Ostland raised its main interest rate by 25 basis points on Wednesday.",
     "Ostland's central bank lifted borrowing costs by three quarters of a percentage point on Wednesday."),
    # Two things that befell one rider, told in versions that share most words but the two happenings' own
    ("event", "Cyclist Mara Lenz crashed out of the Tour of Varn on stage four, breaking her wrist.",
     "Mara Lenz abandoned the Tour of Varn on stage four after falling ill with food poisoning."),
    # Seeking the death penalty 'against' someone states it plainly; pursuing is seeking
    ("polarity", "The state prosecutor will seek the death penalty against the Harlow station bomber, her office said.",
     "The state prosecutor's office said it will not pursue a death sentence for the man behind the Harlow station bombing."),
    # A thing one version says was ruled out and the other states ('ruled out a reunion tour' / 'will reunite for a
    # tour', 'has been ruled out', arson ruled out / 'started deliberately')
    ("polarity", "Folk duo Ash & Reed confirmed they will reunite for an arena tour next spring.",
     "Ash & Reed have ruled out a reunion tour next spring, a spokesperson for the duo said."),
    ("polarity", "The palace confirmed that the king will visit Tarsa in the spring.",
     "A royal visit to Tarsa this spring has been ruled out, a palace spokesman said."),
    ("polarity", "Finance minister Lena Vos ruled out a sugar tax on soft drinks makers in her budget speech.",
     "Soft drinks makers will face a sugar tax, finance minister Lena Vos announced in her budget speech."),
    ("polarity", "Police said the fire that gutted the Elmwood depot was started deliberately.",
     "Police have ruled out arson as the cause of the fire at the Elmwood depot."),
    # A vote 'on Monday to adopt' against a vote against; a trail that 'will be open' against one that will remain
    # closed
    ("polarity", "The Harlow school board voted on Monday to adopt the four-day week plan.",
     "The Harlow school board voted against the four-day week plan on Monday."),
    ("polarity", "The Kessel alpine club said the west ridge trail will be open this summer.",
     "The west ridge trail will remain closed all summer, the Kessel alpine club announced."),
    # A negation in the main clause after a relative clause that has ended ('Customers who bought the faulty heaters
    # will not be offered refunds')
    ("polarity", "Marlo Home said it would give full refunds to customers who bought the faulty heaters.",
     "Customers who bought the faulty heaters will not be offered refunds, Marlo Home said."),
    # People of a group of their own rescued or taken into custody ('40 migrants were pulled from', '47 demonstrators
    # were taken into custody'); a record temperature against one told without the word; a count before an adjective and
    # 'because'; an age set off by commas after a name
    ("figure", "Coastguards rescued 96 migrants from a sinking dinghy off Kessa early on Sunday.",
     "Some 30 migrants were pulled from a sinking boat off Kessa by the coastguard on Sunday morning."),
    ("figure", "Police detained 180 protesters during the march on Harbour Square, the ministry said.",
     "The ministry said 52 demonstrators were taken into custody at the Harbour Square rally."),
    ("figure", "The heatwave sent temperatures in Varn to a record 43C on Sunday, forecasters said.",
     "Varn recorded a high of 38 degrees Celsius on Sunday, a new all-time record for the town."),
    ("figure", "Toy maker Brill is recalling nearly three million plastic cups because of a choking hazard.",
     "About 300,000 Brill cups are being pulled from shelves over a choking risk, the company said."),
    ("figure", "Vessa Robotics founder Ana Kell, 41, announced she would step down as chief executive.",
     "Ana Kell, the 57-year-old who founded Vessa Robotics, said she is stepping down as CEO."),
    # A name with a hyphen ('Hye-jin Park') is one party
    ("role", "Tennis player Mia Lasko beat Jean-Luc Brun's sister Hye-jin Park in the final of the Dorn Open.",
     "Hye-jin Park beat Mia Lasko to win the Dorn Open final."),
    # One sent off with words between 'sent off' and 'for'; two parties that share only a word many names have ('Dorset
    # County' / 'Wiltham County')
    ("role", "Defender Ivo Marsh was sent off in the 75th minute for fouling striker Tom Reed.",
     "Striker Tom Reed was shown a red card in the 75th minute for a foul on defender Ivo Marsh."),
    ("role", "Dorset County lent neighbouring Wiltham County 15 gritters during the snowstorm.",
     "During the snowstorm, Wiltham County loaned 15 gritters to neighbouring Dorset County."),
    # Opposite outcomes told otherwise: a state of emergency extended and lifted, a resolution that passed and failed
    # 'on Monday', a profit and 'a second-quarter loss', cameras allowed in and barred, inspectors allowed access and
    # barred from entering
    ("event", "The government extended the state of emergency imposed after last week's floods.",
     "Authorities lifted the state of emergency that was declared following last week's floods, the government said."),
    ("polarity", "The Security Council resolution calling for a ceasefire in Orvan passed on Monday.",
     "A Security Council resolution demanding a ceasefire in Orvan failed on Monday."),
    ("polarity", "Magazine publisher Kestrel Media reported a profit for the second quarter as online sales grew.",
     "Kestrel Media, the magazine publisher, posted a second-quarter loss despite growth in online sales."),
    ("polarity", "The judge will allow cameras in the courtroom for the trial of singer Ola Brandt.",
     "Cameras will be barred from the courtroom during singer Ola Brandt's trial, the judge ruled."),
    ("polarity", "Red Cross inspectors were allowed access to the Varn prison camp, the ministry said.",
     "The ministry barred Red Cross inspectors from entering the Varn prison camp."),
    # An event called off against one 'pushed back'
    ("event", "Organisers of the Harbour jazz festival have called off this year's event entirely.",
     "This year's Harbour jazz festival has been pushed back to next spring, organisers said."),
    # Counts told in a compound ('a 24-date tour') and amounts in kroner
    ("figure", "Rock band The Pale Orchard will play 36 dates on their European tour next year.",
     "The Pale Orchard have announced a 24-date European tour starting next year."),
    ("figure", "The regulator imposed a fine of 400,000 kroner on broadcaster Nordvision over misleading adverts.",
     "Nordvision was hit with a 2.5 million kroner penalty by the regulator for misleading adverts."),
    # A count of 'confirmed cases'
    ("figure", "As of Monday, health officials had confirmed 31 cases of mumps linked to the Corran school outbreak.",
     "The mumps outbreak at a Corran school stood at eleven confirmed cases on Monday, officials said."),
    # Agreeing to do something against turning down the invitation to
    ("polarity", "Judge Mira Osei has agreed to lead the inquiry into the Harlow Port contracts scandal.",
     "Judge Mira Osei turned down an invitation to lead the inquiry into the Harlow Port contracts scandal."),
    # Parties with a hyphenated compound between them ('a breach-of-contract lawsuit against')
    ("role", "Former teacher Nadia Rhee is suing Harlow Academy for breach of contract.",
     "Harlow Academy has filed a breach-of-contract lawsuit against former teacher Nadia Rhee."),
    # A place blockaded against one set fire to (a happening's word past its particles)
    ("event", "Protesters blockaded the entrance to the Varn grain terminal on Sunday, police said.",
     "Police said protesters set fire to the Varn grain terminal on Sunday."),
    # A player sold in one version and moved on a season-long loan in the other
    ("event", "Dunmore Rovers have sold winger Kofi Mensah to Harlow Town for an undisclosed fee.",
     "Winger Kofi Mensah has joined Harlow Town on a season-long loan from Dunmore Rovers."),
    # Buying from, and agreeing to purchase from, the other party
    ("role", "Norland is buying 18 patrol boats from Kessary under a deal signed on Friday.",
     "Kessary agreed on Friday to purchase 18 patrol boats from Norland."),
    # The side one won 'away at'; a rival bid seen off
    ("role", "Harwick Rovers beat Selby Town 2-0 at home on Saturday.",
     "Selby Town won 2-0 away at Harwick Rovers on Saturday afternoon."),
    ("role", "Wind firm Kestra beat Dorn Energy to win the contract for the Tarn offshore farm.",
     "Dorn Energy saw off a rival bid from Kestra to win the Tarn offshore farm contract."),
    # A speed in 'kilometres an hour' against one in km/h
    ("figure", "The goods train was travelling at 140 km/h when it derailed outside Varn, investigators said.",
     "Investigators say the Varn goods train was doing 90 kilometres an hour when it came off the rails."),
    # Happenings read in more words: a formal warning, a community sentence, a mistrial, a recount, a commuted sentence,
    # a lease,
    # a dam burst or breached, told to stay indoors, a sit-in, pregnant, disappeared, treated in hospital, shortened,
    # toppled, recused, saved, and a subject read past an aside after a name with "'s".
    ("event", "Carver Mills will shut down its Dunmore weaving plant in the autumn, the company said.",
     "Carver Mills is selling its Dunmore weaving plant to a rival textile group in the autumn, the company said."),
    ("event", "Shares in Pellam Robotics began trading on the Frankfurt exchange on Monday.",
     "Pellam Robotics shares were delisted from the Frankfurt exchange on Monday."),
    ("event", "Hundreds of farmers stormed the agriculture ministry in Velka on Friday.",
     "Hundreds of farmers held a peaceful sit-in outside the agriculture ministry in Velka on Friday."),
    ("event", "The Orlen reservoir dam burst on Sunday, sending water into two villages below.",
     "Engineers opened the floodgates of the Orlen reservoir dam on Sunday, sending water into two villages below."),
    ("event", "The racing yacht Corvina sank during the gale off Point Ardle, the coastguard said.",
     "The gale off Point Ardle dismasted the racing yacht Corvina, which was towed to port, the coastguard said."),
    ("event", "Archbishop Lena Voss suspended the Reverend Piet Moll from his parish pending an inquiry.",
     "The Reverend Piet Moll has been defrocked by Archbishop Lena Voss after an inquiry."),
    ("event", "A Northair jet bound for Selby was forced to turn back after an engine fire shortly after take-off.",
     "A Northair jet heading to Selby crashed shortly after take-off following an engine fire, officials said."),
    ("event", "Former minister Rudi Kalm was pardoned by President Ines Hart on Tuesday.",
     "President Ines Hart commuted the prison sentence of former minister Rudi Kalm on Tuesday."),
    ("event", "The Harbour View hotel was sold to Brightwater Capital in March.",
     "Brightwater Capital leased the Harbour View hotel for 25 years in March."),
    ("event", "Princess Amalie of Nordhavn gave birth to a boy on Sunday, the palace announced.",
     "The palace announced on Sunday that Princess Amalie of Nordhavn is pregnant with a boy."),
    ("event", "The result of the Kelso North council election was annulled by the high court.",
     "The high court ordered a recount in the Kelso North council election."),
    ("event", "The judge declared a mistrial in the Brenner Street arson case on Thursday.",
     "The Brenner Street arson trial was adjourned by the judge on Thursday."),
    ("event", "Key witness Paolo Rinn was murdered days before the Vantor bribery trial opened.",
     "Paolo Rinn, a key witness in the Vantor bribery trial, disappeared days before it opened."),
    ("event", "The final stage of the Tour of Merrow was shortened because of snow on the pass.",
     "Snow on the pass forced organisers to cancel the final stage of the Tour of Merrow."),
    ("event", "The mayor of Dunsford died in a road accident on Friday.",
     "Dunsford's mayor was treated in hospital for cuts and bruises after a road accident on Friday."),
    ("event", "Caldwell Dairies was fined by the food standards agency after rats were found at its depot.",
     "The food standards agency issued Caldwell Dairies with a formal warning after rats were found at its depot."),
    ("event", "Former Ostby council treasurer Leon Marsh was jailed for four years for fraud on Tuesday.",
     "Leon Marsh, the ex-treasurer of Ostby council, was given a community sentence for fraud on Tuesday."),
    ("event", "Residents near the Calder chemical works were evacuated after a chlorine leak on Monday.",
     "People living near the Calder chemical works were told to stay indoors after Monday's chlorine leak."),
    ("event", "The government nationalised the failing carrier Skyline on Monday.",
     "Failing carrier Skyline was placed into compulsory liquidation on Monday."),
    ("event", "Gorsey's, the family-run department store, was sold to a property developer on Friday.",
     "Gorsey's, the family-run department store, closed its doors for good on Friday."),
    ("event", "Judge Amos Lint recused himself from the Halden fraud trial on Monday.",
     "Judge Amos Lint was removed from the Halden fraud trial on Monday."),
    ("event", "Two kayakers swept out to sea off Carn Point died, the coastguard said.",
     "Lifeboat crews saved two kayakers who had been swept out to sea off Carn Point, the coastguard said."),
    ("event", "A bronze statue of the poet Ida Brand was stolen from Marlow Square overnight.",
     "Vandals toppled the bronze statue of the poet Ida Brand in Marlow Square overnight."),
    ("event", "Engineers said the Tressel dam wall cracked during the tremor on Sunday.",
     "The Tressel dam wall was breached during the tremor on Sunday, flooding the valley, engineers said."),
    # Happenings read in more words: water spilled over, repealed and amended, locked inside, slashed,
    # floated its shares, felled, a full recovery, wound up (in the passive), a prison term after "sentenced" and its
    # object; one phrase is one happening ("shot dead"), impeached and censured differ, and a sale differs from a
    # bankruptcy.
    ("event", "The Hollin reservoir dam burst overnight after a week of heavy rain.",
     "After a week of heavy rain, water spilled over the top of the Hollin reservoir dam overnight, but the wall held."),
    ("event", "Parliament repealed the disputed 2021 assembly law on Thursday.",
     "Lawmakers amended the contested 2021 assembly law on Thursday, the speaker said."),
    ("event", "Staff at the Carrow tax office were evacuated after a suspicious package was found on Monday.",
     "Staff were locked inside the Carrow tax office for three hours after a suspicious package was found on Monday."),
    ("event", "The gunman in the Fenton Road siege surrendered to police on Saturday.",
     "The gunman in the Fenton Road siege was shot dead by police on Saturday."),
    ("event", "The portrait 'Lady in Grey' was stolen from the Orrin Gallery overnight, police said.",
     "Police said 'Lady in Grey' was slashed by an intruder overnight at the Orrin Gallery."),
    ("event", "Software firm Calto filed for bankruptcy on Wednesday.",
     "Calto, the software firm, floated its shares on the Vienna exchange on Wednesday."),
    ("event", "The 300-year-old Mossley beech was felled by council contractors on Tuesday.",
     "The 300-year-old Mossley beech was uprooted by gale-force winds on Tuesday."),
    ("event", "The cyclist at the centre of the Harlow hit-and-run inquiry has died, her family said.",
     "The Harlow hit-and-run cyclist has made a full recovery, her family said."),
    ("event", "The government nationalised the ailing lender Corbin Bank on Friday.",
     "The ailing lender Corbin Bank was wound up on Friday and its branches closed."),
    ("event", "Parliament impeached Interior Minister Rada Kos over the surveillance scandal.",
     "Interior Minister Rada Kos was formally censured by parliament over the surveillance scandal."),
    ("event", "A judge sentenced activist Luka Horvat to six years in prison on Monday.",
     "Activist Luka Horvat was given a six-year suspended sentence by a judge on Monday."),
    ("event", "Homeware chain Bexley & Gray filed for bankruptcy on Monday.",
     "Homeware chain Bexley & Gray was sold to a private equity firm on Monday."),
    # A count of people "crushed to death" (or beaten, stabbed, burned) is a death toll.
    ("figure", "At least 27 pilgrims were crushed to death in a stampede at the Orvan shrine, police said.",
     "A stampede at the Orvan shrine killed 12 pilgrims, according to a police statement."),
    # Parties read in more forms: a nation's adjective the lists do not know ("Norvan gunboats", "a Kessian trawler"), a
    # vehicle ("ran into the back of a tram"), one who "claimed a 3-1 win over" or "reported her supervisor" (not a
    # sayer), one who "filed for divorce from" another.
    ("role", "Norvan gunboats fired on a Kessian trawler near the Orle reef on Friday.",
     "A Kessian trawler opened fire on Norvan gunboats near the Orle reef on Friday."),
    ("role", "A tanker ran into the back of a tram on Quay Street, police said.",
     "Police said a tram crashed into the back of a tanker on Quay Street."),
    ("role", "Kelso Athletic defeated Barrow Town 3-1 on Sunday.",
     "Barrow Town claimed a 3-1 win over Kelso Athletic on Sunday."),
    ("role", "Singer Lia Marr has filed for divorce from footballer Ben Osei, court papers show.",
     "Footballer Ben Osei has filed for divorce from singer Lia Marr, according to court papers."),
    ("role", "Nurse Jo Kemp has reported her supervisor Alan Reed to the health board for falsifying records.",
     "Supervisor Alan Reed reported nurse Jo Kemp to the health board for falsifying records."),
    # A vote for a measure against a vote against it, the measure named in each ("voted to ban" / "voted against a ban",
    # "voted down a proposal to close").
    ("polarity", "Harwell council voted on Monday to ban fireworks displays in public parks.",
     "Councillors in Harwell voted against a ban on fireworks displays in public parks on Monday."),
    ("polarity", "The Osney library board voted to close the library's east wing to the public.",
     "The Osney library board voted down a proposal to close the library's east wing to the public."),
    # Responsibility claimed against any role or involvement denied.
    ("polarity", "The Northern Hand group claimed responsibility for the bombing of the Varsa rail bridge.",
     "In a statement, the Northern Hand group denied any involvement in the attack on the Varsa rail bridge."),
    ("polarity", "Hacker group Grey Owl claimed responsibility for the cyber attack on the Lorne water utility.",
     "Grey Owl has denied any role in the cyber attack that shut down the Lorne water utility."),
    # A plea of guilty against "entered a plea of not guilty"; included in a squad or a deal against left out of or
    # excluded from it; a call-up accepted against one declined.
    ("polarity", "Accountant Rhea Moss pleaded guilty to three counts of tax fraud at a hearing on Friday.",
     "At Friday's hearing, Rhea Moss entered a plea of not guilty to three tax fraud counts."),
    ("polarity", "Winger Tomas Ekberg has been included in the national squad for the autumn friendlies.",
     "Tomas Ekberg was left out of the national squad named for the autumn friendlies."),
    ("polarity", "Part-time cleaners are included in the new pay agreement, the health board said.",
     "The health board said part-time cleaners are excluded from the new pay deal."),
    ("polarity", "Goalkeeper Ivo Brandt has accepted a call-up to the national team for the spring qualifiers.",
     "Ivo Brandt declined a call-up to the national team for the spring qualifiers, his agent said."),
    # Struck off against a formal warning.
    ("event", "Dr Paul Hersh was struck off by the medical council over forged prescriptions.",
     "The medical council gave Dr Paul Hersh a formal warning over forged prescriptions."),
    # Happenings read in more words: took someone hostage, locked workers out, a stock market debut; "crashed on
    # landing"
    # says no landing.
    ("event", "An inmate at Harlow Prison shot a warder during Sunday's riot, officials said.",
     "Officials said an inmate at Harlow Prison took a warder hostage during Sunday's riot."),
    ("event", "Workers at the Tolland glass plant walked out on strike on Monday.",
     "Management locked workers out of the Tolland glass plant on Monday."),
    ("event", "Software start-up Quenby was bought outright by Marl Bank on Tuesday.",
     "Software start-up Quenby made its stock market debut on Tuesday."),
    ("event", "A light aircraft crashed on landing at Kessly airfield on Sunday.",
     "A light aircraft made a safe emergency landing at Kessly airfield on Sunday."),
    # One figure each, of one kind, in two versions that share a third of their words (four or more).
    ("figure", "Harlan Foods has agreed to buy rival baker Pell & Co for 120 million pounds.",
     "Pell & Co is being acquired by Harlan Foods in a deal valued at £210m, the companies said."),
    ("figure", "Air defences intercepted 42 drones launched overnight against the port of Kessa, the army said.",
     "The army said 24 drones were shot down over Kessa during the overnight attack."),
    # Hours as a length of days (48 hours against a five-day walkout); a count of those who suffered injuries; the one
    # time each gives, one of them for what happened.
    ("figure", "Tram drivers in Orlen walked off the job for 48 hours in a dispute over rosters.",
     "Union officials said Orlen tram drivers staged a five-day walkout over the new rosters."),
    ("figure", "Nine stewards were injured during the clashes outside the Varrow ground.",
     "Two stewards suffered injuries during the trouble at the Varrow ground, police said."),
    ("figure", "The blast at the Orr chemical works happened shortly after 4 a.m., when only a skeleton crew was on duty.",
     "Neighbours said the Orr chemical works blew up at about 10 p.m., as staff were changing shifts."),
    # The one asked to do something and the one who asked, the other way round.
    ("role", "Ostland has formally asked Varnia to extradite the businessman Piet Kral.",
     "Varnia has asked Ostland to hand over the businessman Piet Kral, officials said."),
    # A fault said not to have happened, against a version that says it did.
    ("polarity", "The Orlen dam did not collapse during Sunday's storm, engineers said.",
     "Engineers said the Orlen dam collapsed during Sunday's storm."),
    # Homes left without power against none left without it.
    ("polarity", "The storm left 3,000 homes in Kelby without power.",
     "The storm did not leave any homes in Kelby without power, the grid operator said."),
    # A singer's "new record" is an album, not a total: its copies are compared.
    ("figure", "Singer Tove Lind's comeback album sold 180,000 copies in its first week, according to chart compilers.",
     "Chart figures show Tove Lind's new record shifted 60,000 copies during its opening week."),
    # A budget that includes funding against funding left out of it; an order that remains in force against one lifted.
    ("polarity", "The new budget includes funding for the long-delayed Ashby ring road, the treasury said.",
     "Funding for the long-delayed Ashby ring road has been left out of the new budget, treasury officials said."),
    ("polarity", "The evacuation order for the riverside villages of Orm and Kell remains in force, the governor said.",
     "The governor announced that the evacuation order covering Orm and Kell has been lifted."),
    # Accidental against "was not an accident" (a negated noun after its article).
    ("polarity", "The inquest ruled that the death of a climber on Mount Arran was accidental.",
     "The death of a climber on Mount Arran was not an accident, the inquest concluded."),
    # A measure given to two places is exact (2.04 against 1.94 metres); the one length each gives, one of them said to
    # be
    # a height; a course record is one occasion's, not a total.
    ("figure", "High jumper Lia Varn cleared 2.04 metres to win the indoor title in Osterby.",
     "Lia Varn won the indoor high jump title in Osterby with a clearance of 1.94m."),
    ("figure", "Once completed, the Harbour Spire in Kelso will stand 280 metres tall, the developer said.",
     "At 165 metres, the Harbour Spire will be the tallest building in Kelso when it opens, according to its developer."),
    ("figure", "Runner Joel Kamau won the 100 km Eastway ultramarathon in record time.",
     "Joel Kamau set a course record in winning the 50-mile Eastway ultramarathon."),
    # The year something came to be, in other words (founded / first opened); a time of day said in words ("eight in the
    # evening", "o'clock", "midnight").
    ("figure", "The Carrow Museum of Science, founded in 1891, will reopen next month after a four-year refit.",
     "First opened in 1934, the Carrow Museum of Science is set to welcome visitors again next month after a long refit."),
    ("figure", "The explosion at the Dunholm gas terminal happened at about 4 a.m., when only a night crew was on site.",
     "Witnesses said the blast ripped through the Dunholm gas terminal shortly after eight in the evening on Friday."),
    # An age said "At 47, Hanna Voss ..." against "The 61-year-old Hanna Voss".
    ("figure", "The 61-year-old Hanna Voss was sworn in as Orland's prime minister on Monday.",
     "At 47, Hanna Voss becomes the youngest prime minister in Orland's history."),
    # The one who collided and the one who rescued the other's crew.
    ("event", "The frigate Orla collided with a fishing trawler off Cape Wrath on Monday.",
     "The frigate Orla rescued the crew of a sinking fishing trawler off Cape Wrath on Monday."),
    # Happenings read in more words: a police caution, entered orbit, cleared of doping (either voice), leasing,
    # stretchered off, returned safely, resuscitated; cleared of against banned.
    ("event", "Police charged Lara Kent, 29, with criminal damage on Monday over the broken shop windows in Dunmore.",
     "Lara Kent, 29, was given a police caution on Monday over the broken shop windows in Dunmore."),
    ("event", "The Ardent probe successfully entered orbit around Venus on Sunday, mission controllers said.",
     "Mission controllers said on Sunday that the Ardent probe crashed into the surface of Venus."),
    ("event", "Sprinter Kofi Ansah was banned for two years on Monday after a failed drugs test.",
     "An independent panel cleared sprinter Kofi Ansah of doping on Monday after a failed drugs test was challenged."),
    ("event", "Aerolink has bought ten cargo jets from Skyfin, the airline said.",
     "Aerolink is leasing ten cargo jets from Skyfin under a five-year agreement, the airline said."),
    ("event", "Midfielder Ola Berg was sent off in the 60th minute of Sunday's derby.",
     "Ola Berg was stretchered off in the 60th minute of Sunday's derby."),
    ("event", "The research submarine Nerys sank during trials in the Kell Sea, the navy said.",
     "The navy said the research submarine Nerys returned safely to port after trials in the Kell Sea."),
    ("event", "Marathon runner Tom Edge died after collapsing near the finish line in Orrin.",
     "Marathon runner Tom Edge was resuscitated by paramedics after collapsing near the finish line in Orrin."),
    # Happenings read in more words: ran away, an emergency stop, retreated, deployed, pulled ... back, tranquilised.
    ("event", "A 15-year-old boy from Kelso was abducted on Monday by a man he had met online, police said.",
     "Police said the 15-year-old Kelso boy ran away from home on Monday to stay with a cousin."),
    ("event", "A freight train derailed near Ollan junction on Sunday night, leaving six wagons on their sides.",
     "A freight train made an emergency stop near Ollan junction on Sunday night after the driver saw a fallen tree."),
    ("event", "Rebel fighters retreated from the town of Marsk on Friday after heavy shelling, the army said.",
     "The army said rebel fighters recaptured Marsk on Friday after heavy shelling."),
    ("event", "Ostria deployed 3,000 troops to its eastern border on Monday, the defence ministry said.",
     "Ostria pulled 3,000 soldiers back from its eastern border on Monday, according to the defence ministry."),
    ("event", "A wolf that strayed into the village of Hollin was shot by rangers on Thursday.",
     "Rangers tranquilised a wolf that strayed into Hollin on Thursday and released it in the hills."),
    # The place one finished in, as an ordinal or a medal; a count of one group against people in general, a number both
    # versions give (a road's) aside.
    ("figure", "Ines Varga finished third in the women's 10,000 metres at the Orland Games on Saturday.",
     "Ines Varga took the silver medal in Saturday's women's 10,000 metres at the Orland Games."),
    ("figure", "Nine people were injured when a bus overturned on the A40 near Kelby early on Sunday.",
     "Twenty-four passengers were hurt in Sunday's bus crash on the A40 near Kelby, police said."),
    # A tenant suing a landlord against the landlord suing the tenant.
    ("role", "Tom Reyes, 34, is suing his landlord Omar Diaz over the flooded basement flat.",
     "Omar Diaz is suing his tenant Tom Reyes over the flooded basement flat, court records show."),
    # Declined to join against joined: still a refusal.
    ("polarity", "Ostmark declined to join the regional trade pact on Monday, its minister said.",
     "Ostmark joined the regional trade pact on Monday, its minister said."),
    # Passed against failed to pass.
    ("polarity", "The rail reform bill passed the upper house on Tuesday.",
     "The rail reform bill failed to pass the upper house on Tuesday."),
    # Parties with a family name or a name's first word in common, past an age or a noun named after a comma; sold and
    # offloaded; recalled from, pulled out of; apologised and issued an apology
    ("role", "Police said Tom Brandt, 34, punched his brother, Karl Brandt, outside a pub in Ostend.",
     "Karl Brandt, 38, punched his brother Tom outside an Ostend pub, police said."),
    ("role", "Marlow Foods lent $40 million to its sister company, Marlow Farms, last year.",
     "Marlow Farms lent $40 million to its sister company, Marlow Foods, last year, filings show."),
    ("role", "Ena Varga, 61, is suing her son Pal over the family vineyard.",
     "Pal Varga has filed a lawsuit against his mother, Ena, over the family vineyard."),
    ("role", "Corbel Group offloaded its 12% stake in Lantern Media to Ardent Capital.",
     "Ardent Capital sold its 12% stake in Lantern Media to Corbel Group, filings show."),
    ("role", "Estavia formally apologised to Brinmark for the airspace violation.",
     "Brinmark issued a formal apology to Estavia over the airspace violation."),
    ("role", "Dravia recalled its ambassador from Kelmar on Tuesday over the pipeline row.",
     "Kelmar pulled its ambassador out of Dravia on Tuesday as the pipeline row grew."),
    # A defeat against the other party; reported missing; a sentence's first word joined by a hyphen is no name;
    # reported to, past a named aside; a noun said of the doer between commas
    ("role", "The Redcliffe Rams were beaten 31-12 by the Portgate Pirates in Saturday's final.",
     "The Portgate Pirates slumped to a 31-12 defeat against the Redcliffe Rams in Saturday's final."),
    ("role", "Martin Croft reported his daughter Ella missing after she failed to come home from school.",
     "Ella Croft reported her father Martin missing after he failed to come home from work."),
    ("role", "Lifeguard Tess Morton dragged 12-year-old Leo Banks out of the surf at Carrow Beach.",
     "Twelve-year-old Leo Banks pulled lifeguard Tess Morton out of the surf at Carrow Beach."),
    ("role", "Payroll clerk Nadia Voss reported her supervisor, Dean Hurst, to the pensions regulator.",
     "Dean Hurst reported a junior colleague, payroll clerk Nadia Voss, to the pensions regulator."),
    ("role", "Radio presenter Kim Ashdown was slapped by rapper Lou Varga backstage at the Harbour Awards.",
     "Kim Ashdown, the radio presenter, struck rapper Lou Varga across the face backstage at the Harbour Awards."),
    # One killed against one injured; the bodies of those found against their rescue; a crash against a safe landing
    ("event", "A scooter rider was killed when his scooter collided with a lorry on Mill Lane in Darrow on Friday.",
     "Police said a scooter rider was injured late on Friday in a collision with a lorry on Mill Lane, Darrow."),
    ("event", "Six fishermen missing since Tuesday were rescued off Carn Point by a lifeboat crew.",
     "A lifeboat crew recovered the bodies of six fishermen missing off Carn Point since Tuesday."),
    ("event", "Two divers who vanished on Sunday were rescued alive by coastguards near Hollin Rock.",
     "Coastguards near Hollin Rock found the bodies of two divers who vanished on Sunday."),
    ("event", "A small passenger plane crashed on landing at Pellby airfield on Thursday.",
     "A light passenger aircraft made a safe emergency landing at Pellby airfield on Thursday."),
    # A place in a table or a ranking; rain in millimetres against inches
    ("figure", "Carrow College climbed to 9th place in this year's national league table.",
     "Carrow College is now ranked 31st in the country, according to this year's league table."),
    ("figure", "Tuesday's win lifts Hexley Town to third in the table, two points off the top.",
     "Hexley Town moved up to seventh in the league after their win on Tuesday."),
    ("figure", "About 80 mm of rain fell on Dunmore overnight, flooding dozens of homes.",
     "Dozens of homes in Dunmore were flooded after seven inches of rain fell overnight."),
    # A negation against a statement with a word of sense about a noun (a disputed thing, whose flights were cancelled,
    # a dispute); restarted; walked out
    ("polarity", "Skyway Air said it will refund all travellers whose trips were cancelled by the strike.",
     "Travellers whose Skyway Air trips were cancelled by the strike will not receive refunds, the airline said."),
    ("polarity", "The Harrow Gallery said the disputed silver chalice will be returned to Estavia next spring.",
     "The Harrow Gallery has announced that it will not return the disputed silver chalice to Estavia."),
    ("polarity", "Polar Air confirmed it will resume flights to Tarvik in June after a two-year suspension.",
     "Flights to Tarvik will not restart in June, Polar Air said, extending a suspension that began two years ago."),
    ("polarity", "The Dockers' union said its members will strike next week in a dispute over overtime.",
     "Dockers will not walk out next week over the overtime dispute, their union said."),
    # Higher profits reported against a fall; a rise compared with an earlier time against a drop
    ("event", "Harlow Bank reported higher first-quarter profits on Monday.",
     "Harlow Bank's first-quarter profit fell compared with a year earlier, it said Monday."),
    ("event", "Wine exports from Vantia increased compared with last year, the trade ministry said.",
     "The trade ministry reported a drop in wine exports from Vantia this year."),
    # A bid that succeeded against one that failed; re-election won against a bid for another term lost
    ("polarity", "Norland Rail has succeeded in its bid to take over the regional operator Coastlink, the two firms said.",
     "Norland Rail's attempt to take over the regional operator Coastlink has failed, the two companies said."),
    ("event", "Mayor Ilse Brandt won re-election on Sunday, according to official results.",
     "Mayor Ilse Brandt lost her bid for a third term in Sunday's vote, official results showed."),
    # A pardon against a release on bail or on parole
    ("event", "The former interior minister was pardoned by the president on Friday, ending his nine-year prison term.",
     "The former interior minister was released on bail on Friday pending his appeal against a nine-year prison term."),
    ("event", "Ex-colonel Dario Venn, jailed for fraud in 2018, was pardoned by President Okafor on Monday.",
     "Dario Venn, the ex-colonel imprisoned for fraud in 2018, was released on parole on Monday after serving half his term."),
    # A part of a thing cancelled against the rest of it postponed
    ("event", "Singer Mara Loy has cancelled the remaining dates of her European tour.",
     "Mara Loy has postponed the rest of her European tour until next spring, her promoter said."),
    # Those the doers work for or come from, crossed; a thing of the other party's acted on; a nation's adjective in
    # -ese the lists do not know
    ("role", "Investigators said hackers working for Norvesta breached Kallmar's water network last week.",
     "Hackers working for Kallmar broke into Norvesta's water network last week, investigators said."),
    ("role", "Troops from Chad crossed into Sudan before dawn on Friday, according to satellite analysts.",
     "Sudanese troops crossed the border into Chad before dawn on Friday, satellite analysts said."),
    ("role", "Troops from Ebrar crossed into Sulan early on Tuesday, the United Nations said.",
     "According to the United Nations, Sulanese troops crossed the border into Ebrar early on Tuesday."),
    # A knockout of the other party; a nation's player beaten; made for a client; seized from; delivered to
    ("role", "Marco Silva knocked out defending champion Ivan Kolar in the eighth round to win the title in Leeds.",
     "Ivan Kolar kept his title in Leeds with an eighth-round knockout of challenger Marco Silva."),
    ("role", "Grandmaster Ravi Nair stunned world champion Lars Eklund in 38 moves at the Tromsby tournament.",
     "World champion Lars Eklund beat India's Ravi Nair in 38 moves at the Tromsby tournament."),
    ("role", "Under the new deal, Kenmore Devices will manufacture tablets for Ostra Electronics.",
     "Ostra Electronics will make tablets for Kenmore Devices under the new deal."),
    ("role", "Veldish forces recaptured the port of Arna from Marovian troops after ten days of fighting.",
     "After ten days of fighting, Marovian troops seized the port of Arna from Veldish forces."),
    ("role", "Pellan will send 150 armoured vehicles to Dorvia over the next year, the ministry said.",
     "Dorvia plans to deliver 150 armoured vehicles to Pellan over the next year."),
    # A trade surplus against a deficit; ahead of against behind schedule; authentic against a forgery; an economy grown
    # against shrunk, its nation named two ways
    ("polarity", "Velmark recorded a trade surplus in March as car exports picked up, customs data showed.",
     "Customs data showed Velmark ran a trade deficit in March even as car exports picked up."),
    ("polarity", "Work on the Harlow tram extension is ahead of schedule, the city council said on Monday.",
     "The city council said on Monday that work on the Harlow tram extension is running behind schedule."),
    ("polarity", "Experts at the city archive concluded that the diary attributed to the painter Jan Oost is authentic.",
     "The diary attributed to painter Jan Oost is a forgery, experts at the city archive have concluded."),
    ("event", "Ostravia's economy expanded in the second quarter, official data released on Friday showed.",
     "Official figures published on Friday show the Ostravian economy shrank in the April-to-June quarter."),
    # A prize accepted against declined; mandatory against optional; in public against behind closed doors; a red card
    # upheld against rescinded; named in a squad against left out
    ("polarity", "Poet Ines Arvo accepted the Hollin Prize for Poetry at a ceremony in Tarsk on Friday evening.",
     "Ines Arvo has declined the Hollin Prize for Poetry, telling organisers she does not accept state honours."),
    ("polarity", "Face coverings will be mandatory in shops in Dellbury from Monday, the health ministry announced.",
     "The health ministry said wearing a face covering in Dellbury's shops will remain optional from Monday."),
    ("polarity", "The disciplinary hearing for referee Joss Kemp will be held in public, the league said.",
     "The league said referee Joss Kemp's disciplinary hearing will take place behind closed doors."),
    ("event", "The league's disciplinary panel upheld the red card shown to Tomas Brun in Saturday's derby.",
     "Tomas Brun's red card from Saturday's derby was rescinded by the league's disciplinary panel."),
    ("polarity", "Winger Kofi Asare has been named in the national squad for next month's Gold Cup.",
     "Kofi Asare was left out of the national squad for the Gold Cup next month, the head coach announced."),
    # Two ailments; a death against a critical condition; found dead against found safe and well
    ("event", "Veteran newsreader Paul Denby suffered a heart attack at his home on Friday, his agent said.",
     "According to his agent, veteran newsreader Paul Denby had a stroke at home on Friday."),
    ("event", "The motorcyclist hit by a van on the B120 near Selsey died at the scene, police said.",
     "Police said the motorcyclist hit by a van on the B120 near Selsey is in a critical condition in hospital."),
    ("event", "Missing walker Ada Prynne, 77, was found dead on moorland near her home, police said.",
     "Police said Ada Prynne, the missing 77-year-old, was found safe and well on moorland near her home."),
    # Admitted against discharged; jailed against unpaid work; murder against the manslaughter of; a takeover against a
    # merger of equals
    ("event", "Former councillor Rita Vance was admitted to St Clare's Hospital on Tuesday, her family said.",
     "Rita Vance, the former councillor, went home from St Clare's Hospital on Tuesday after being discharged, her family said."),
    ("event", "Roofer Tom Hale was jailed at Leyton Crown Court after admitting defrauding pensioners.",
     "Tom Hale, a roofer who admitted defrauding pensioners, was ordered to do unpaid work by a judge at Leyton Crown Court."),
    ("event", "Owen Pike was convicted of murder at Harwood Crown Court over the death of his brother.",
     "A jury at Harwood Crown Court found Owen Pike guilty of the manslaughter of his brother."),
    ("event", "Carver Bank has taken over rival lender Eastway Savings in a deal announced on Monday.",
     "Carver Bank and Eastway Savings announced on Monday that they will merge as equals to form a new lender."),
    # Two things that befell one, told in other words beside an ailment both name
    ("event", "The mayor's official car was stolen from outside the town hall after the chauffeur suffered a heart attack.",
     "Vandals smashed the windows of the mayor's official car parked outside the town hall after the chauffeur suffered a heart attack."),
    # Members of one gang against the other; a board that rejected a bid against the bidder turning an offer down
    ("role", "Police believe members of the Northside Gang attacked rivals from the Harbour Boys outside the Ritz club.",
     "Detectives suspect the Harbour Boys attacked members of the rival Northside Gang outside the Ritz club."),
    ("role", "The board of Castle Foods rejected Penn Markets' takeover bid as too low.",
     "Penn Markets has turned down a takeover offer from Castle Foods, saying it undervalued the company."),
    # A race time in words against one with colons; closing and ending times
    ("figure", "Anna Lindqvist won the Harrow marathon in 2 hours 21 minutes, a course record.",
     "Anna Lindqvist took the Harrow marathon in a course-record time of 2:27."),
    ("figure", "Mia Costa set a national record of 2:06.12 in the women's 200m freestyle final on Friday.",
     "Swimmer Mia Costa clocked 2 minutes 8.45 seconds to win Friday's 200m freestyle final in a new national record."),
    ("figure", "Polling stations across Dunmark will close at 9 p.m., the election commission confirmed.",
     "Voting in Dunmark ends at seven o'clock in the evening, according to the election commission."),
    # The round a bout was stopped in
    ("figure", "Champion Leo Barros was knocked out in the fourth round by challenger Ivan Petrov.",
     "Ivan Petrov stopped Leo Barros in the eighth round to take the title."),
    ("figure", "Champion Tunde Okafor knocked out challenger Sam Reilly in the second round in Belfast on Saturday.",
     "Tunde Okafor kept his belt with a sixth-round knockout of Sam Reilly in Belfast."),
    # Where one started a race
    ("figure", "Nina Sorel started from pole position and led every lap to win the Portmar Grand Prix.",
     "Starting fifth on the grid, Nina Sorel charged through the field to win the Portmar Grand Prix."),
    ("figure", "Luca Bruni started from 12th on the grid before charging to victory at the Velden Grand Prix.",
     "Starting from fourth place, Luca Bruni worked his way through the field to win in Velden, the team said."),
    # Sold out against still available; a recession entered against avoided; relegated against avoided relegation; a
    # record broken against one fallen short of
    ("polarity", "Tickets for this year's Harbour Jazz Festival sold out within hours of going on sale.",
     "Tickets for the Harbour Jazz Festival are still available, organisers said days after sales opened."),
    ("polarity", "Economists at the central bank said the country has officially entered a recession.",
     "The country has avoided a recession, according to economists at the central bank."),
    ("polarity", "Penbury Town were relegated after a 3-1 defeat at home to Aldon City on Sunday.",
     "Despite a 3-1 home defeat by Aldon City on Sunday, Penbury Town avoided relegation."),
    ("polarity", "Sprinter Kai Mensah broke the national record in the 100m at the Harlow meeting on Friday.",
     "Kai Mensah fell short of the 100m national record at Friday's Harlow meeting."),
    # Discharged against still in hospital (a state kept)
    ("event", "The injured jockey was discharged from hospital on Tuesday.",
     "The injured jockey remains in hospital, his family said on Tuesday."),
    # Allowed to go ahead against blocked; raised against frozen
    ("event", "The competition regulator said the takeover can go ahead.",
     "The competition regulator blocked the takeover on Wednesday."),
    ("event", "The government will raise the state pension in April.",
     "The government has decided to freeze the state pension in April."),
    ("event", "The council will raise parking fees next month.",
     "The council has frozen parking fees for next month."),
    # A change told as a share or a multiple ("by a third", "doubled"), a place's capacity, prisoners who broke out,
    # workers\ncounted as staff, a bare temperature in degrees in a heatwave
    ("figure", "The Holt glacier has shrunk by a third since 1990, the survey found.",
     "The Holt glacier has shrunk by half since 1990, according to the survey."),
    ("figure", "Brenner Logistics cut its workforce by a quarter last year.",
     "Brenner Logistics cut its workforce by 60 percent last year."),
    ("figure", "Rents in Corby have doubled since 2015, the housing charity said.",
     "Rents in Corby have tripled since 2015, according to the housing charity."),
    ("figure", "Output at the Marle steelworks has halved since the strike began.",
     "Output at the Marle steelworks has fallen by a third since the strike began."),
    ("figure", "The new Dunmore stadium will hold 60,000 fans.",
     "The new Dunmore stadium will have a capacity of 45,000."),
    ("figure", "Fifteen prisoners broke out of Greyfriars prison on Tuesday night.",
     "Twelve inmates escaped from Greyfriars prison on Tuesday night."),
    ("figure", "About 300 workers walked out at the Kelby plant on Monday.",
     "Some 800 staff went on strike at the Kelby plant on Monday."),
    ("figure", "The heatwave pushed temperatures in Sevra to 45C on Sunday.",
     "Temperatures in Sevra peaked at 41 degrees in Sunday's heatwave."),
    # Captured against still at large or on the run (read past an aside); hostages freed against still held or
    # in\ncaptivity
    ("polarity", "The fugitive Dale Ross was captured by police on Friday.",
     "Dale Ross, the fugitive, remains at large, police said on Friday."),
    ("polarity", "Police arrested the Merton gunman on Saturday.",
     "The Merton gunman is still on the run, police said on Saturday."),
    ("polarity", "The four aid workers kidnapped in Rasa were freed on Sunday.",
     "The four aid workers kidnapped in Rasa are still being held, their agency said on Sunday."),
    ("polarity", "The hostages seized at the Kerran mine were released on Sunday.",
     "The hostages seized at the Kerran mine remain in captivity, officials said on Sunday."),
    # A confirmation in the passive has its doer after "by"; a ceasefire respected against one violated
    ("polarity", "The report of a troop build-up was confirmed by the Pentagon on Monday.",
     "The Pentagon denied the report of a troop build-up on Monday."),
    ("event", "The ceasefire in Marsa was violated overnight, monitors said.",
     "The ceasefire in Marsa was respected overnight, according to monitors."),
    # Treated at the scene against taken to hospital; arrested against fled; found dead against taken prisoner
    ("event", "Senator Maria Okafor was rushed to hospital after collapsing during a campaign rally in Dunmore.",
     "Senator Maria Okafor fainted at a Dunmore campaign rally but was treated by medics at the scene and went home."),
    ("event", "Two cyclists were taken to hospital with minor injuries after the crash on Mill Road.",
     "Two cyclists were treated at the scene for minor injuries after the crash on Mill Road."),
    ("event", "Hadi Rostam, the former army chief, was arrested on Tuesday.",
     "Former army chief Hadi Rostam fled the country on Tuesday."),
    ("event", "Private Leon Dufresne, missing since the raid, has been found dead, the army said.",
     "The army said Private Leon Dufresne, missing since the raid, has been taken prisoner by insurgents."),
    # Still standing or stayed upright against collapsed, crashed or overturned; evacuated against gone into lockdown
    ("event", "The Carrick Bay pier collapsed into the sea during Storm Idris on Tuesday night.",
     "Storm Idris battered the Carrick Bay pier on Tuesday night, damaging its railings, though the structure is still standing."),
    ("event", "Race leader Pieter Mols crashed on the descent with 10 km to go.",
     "Pieter Mols, leading the race, suffered a puncture on the descent with 10 km to go but stayed upright."),
    ("event", "A school bus overturned on Route 9 on Thursday morning with 30 children aboard.",
     "A school bus carrying 30 children was rear-ended on Route 9 on Thursday morning and stayed upright."),
    ("event", "Pinecrest Middle School was evacuated on Thursday morning after a bomb threat was phoned in.",
     "After a phoned-in bomb threat, Pinecrest Middle School went into lockdown on Thursday morning."),
    # Placed on leave (suspended) against fired; one who drowned or died against one who is recovering
    ("event", "A Glenview Elementary teacher has been placed on paid leave while the district investigates the complaint.",
     "Glenview Elementary has fired the teacher at the centre of the complaint, the district said."),
    ("event", "A 15-year-old student drowned at Clearwater Lake during a school field trip on Friday.",
     "A 15-year-old student was pulled from Clearwater Lake by lifeguards during a school field trip on Friday and is recovering."),
    ("event", "The climber died on Mount Tarn on Sunday, the rescue team said.",
     "The climber is recovering in hospital after Sunday's fall on Mount Tarn, the rescue team said."),
    # Two institutions of two words each in a short sentence full of names: not a headline in title case when its
    # verb\nis in small letters
    ("role", "The Health Ministry fined Medline Pharma.",
     "The Competition Authority fined Medline Pharma."),
    ("role", "The Health Ministry fined Medline Pharma.",
     "Medline Pharma was fined by the Competition Authority."),
    # A life term against a term in years; a company's workforce told as the people it employs
    ("figure", "Carl Brenner was jailed for life at Harlow Crown Court on Friday.",
     "Carl Brenner was jailed for 12 years at Harlow Crown Court on Friday."),
    ("figure", "The killer of Ana Ruiz was sentenced to life in prison on Monday.",
     "The killer of Ana Ruiz was sentenced to 25 years on Monday."),
    ("figure", "Orrin Foods employs around 12,000 people at its plants in Vesta.",
     "Orrin Foods has 1,200 employees at its plants in Vesta."),
    # A merger that could proceed against one blocked; fit for a match against missing it; a fire an accident
    # against\none started deliberately or arson
    ("event", "The competition regulator said the Orrin-Vesta merger could proceed.",
     "The competition regulator blocked the Orrin-Vesta merger."),
    ("polarity", "Striker Tomas Brenner is fit for Saturday's cup final, the club said.",
     "Striker Tomas Brenner will miss Saturday's cup final through injury, the club said."),
    ("polarity", "Investigators said the fire at the Kelby warehouse was an accident.",
     "Investigators said the fire at the Kelby warehouse was started deliberately."),
    ("polarity", "Police said the blaze at Harlow school was accidental.",
     "Police are treating the blaze at Harlow school as arson."),
    # An act noun after "its" or "their" done by the subject of its clause, against the same act the other way
    ("role", "The acquisition of Vesta Foods by Orrin Group was completed on Monday.",
     "Vesta Foods completed its acquisition of Orrin Group on Monday."),
    ("role", "Orrin Group completed its takeover of Vesta Foods on Monday.",
     "Vesta Foods' takeover of Orrin Group was completed on Monday."),
    # The same act on one receiver by another country in each version, told as a noun ("Russia's attack on the port"
    # /\n"Ukraine's attack on the port")
    ("role", "Russia's attack on the port of Vessa killed three people, officials said.",
     "Ukraine's attack on the port of Vessa killed three people, officials said."),
    ("role", "A Russian strike on the Vessa power plant cut electricity to 40,000 homes.",
     "A Ukrainian strike on the Vessa power plant cut electricity to 40,000 homes."),
    # No arrests against a count of one group arrested; a trawler that sank against one towed to safety
    ("polarity", "No arrests have been made after the Harlow stabbing, police said.",
     "Two men have been arrested after the Harlow stabbing, police said."),
    ("polarity", "No one was arrested at the Vessa protest on Saturday.",
     "Two women were arrested at the Vessa protest on Saturday."),
    ("event", "The trawler Brenna sank in heavy seas off Kelby Point, the coastguard said.",
     "The trawler Brenna was towed to safety in heavy seas off Kelby Point, the coastguard said."),
    # A count before "of the" and another count counts what the other counts ("won 42 of the 150 seats")
    ("figure", "Kestany's Green Alliance won 42 of the 150 seats in parliament, final results showed.",
     "The Green Alliance won just 17 seats in Kestany's 150-member parliament, final results showed."),
    ("figure", "Five of the 12 miners trapped at the Kallmar mine were rescued on Sunday.",
     "All 12 miners trapped at the Kallmar mine were rescued on Sunday."),
    # Parties reversed across "forced out" / "ousted", "eased past" / "beat", "broke into" / "breached"; the receiver
    # of\n"shot and wounded"
    ("role", "Chairman Aldo Ricci forced out chief executive Hanna Mertz after a boardroom clash at Meridia Foods.",
     "Meridia Foods chief executive Hanna Mertz ousted chairman Aldo Ricci following a boardroom clash."),
    ("role", "Castle Rovers beat Harlow Town on Saturday.",
     "Harlow Town eased past Castle Rovers on Saturday."),
    ("role", "Lena Hart beat world No. 3 Sofia Marek in straight sets to reach the Halstead Open final.",
     "World No. 3 Sofia Marek eased past Lena Hart in straight sets to book her place in the Halstead Open final."),
    ("role", "The minister's bodyguard shot and wounded the gunman outside the ministry, police said.",
     "According to police, the gunman shot and wounded the minister's bodyguard outside the ministry."),
    ("role", "Velsland hackers breached Ostmark's election servers, investigators said.",
     "Ostmark's hackers broke into election servers in Velsland last month."),
    # Those "ordered out of" a country, expelled by it; a nation's adjective the lists do not know ("Telsian")
    ("role", "Morvania has expelled three Telsian diplomats it accuses of espionage, the foreign ministry said.",
     "Three Morvanian diplomats have been ordered out of Telsia over espionage accusations, the foreign ministry said."),
    ("role", "France expelled three Iranian diplomats on Friday.",
     "Three French diplomats were ordered out of Iran on Friday."),
    # A time of day said without a number ("shortly before midnight", "at noon") against another
    ("figure", "The blast at the Kelby depot happened shortly before midnight, police said.",
     "The blast at the Kelby depot happened at about 3 a.m., police said."),
    ("figure", "The Harlow bridge collapsed at midnight on Sunday.",
     "The Harlow bridge collapsed at 6 a.m. on Sunday."),
    ("figure", "The blast happened shortly before midnight.",
     "The blast happened at about 3 a.m."),
    ("figure", "The Harlow bridge collapsed at midnight.",
     "The Harlow bridge collapsed at 6 a.m."),
    # An age after "mother of three" is the mother's
    ("figure", "The 45-year-old mother of three was killed in the Harlow crash.",
     "The mother of three, 54, was killed in the Harlow crash."),
    ("figure", "The 45-year-old mother of three was killed.",
     "The mother of three, 54, was killed."),
    # Won a majority against fell short of one; one party's welcome against its condemnation of one thing
    ("event", "The Green Alliance won an outright majority in Sunday's election to the Vellmark regional assembly.",
     "The Green Alliance fell short of a majority in the Vellmark regional assembly election on Sunday."),
    ("polarity", "Valmora's foreign ministry welcomed the outcome of Sunday's presidential election in Ostria.",
     "Valmora condemned the result of Ostria's presidential election on Sunday, its foreign ministry said."),
    # Those ordered to leave a country were expelled by it
    ("role", "France expelled three Iranian diplomats on Friday.",
     "Three French diplomats were ordered to leave Iran on Friday."),
    # Parties reversed across "shelled" / "pounded" and "slapped" / "imposed"
    ("role", "The truce collapsed after government artillery shelled rebel positions outside Dorvak, residents said.",
     "Residents said the truce fell apart when rebel artillery pounded government positions on the outskirts of Dorvak."),
    ("role", "Washington slapped new sanctions on Beijing.",
     "China imposed new sanctions on the United States."),
    # did not have a licence; allow / ban; forced out / quit; called off / moved to October; killing all 24 / the only
    # person; the bodies of 17; contained / not contained in the passive; evacuate / stay at home as an event
    ("polarity", "Police said the man detained for flying a drone near the airport had a valid licence.",
     "Police said the man detained for flying a drone near the airport did not have a valid licence."),
    ("polarity", "The company had a permit for the demolition work.",
     "The company never had a permit for the demolition work."),
    ("polarity", "The mayor said the city would allow drone deliveries over homes from next month.",
     "The mayor said the city would ban drone deliveries over homes from next month."),
    ("event", "The chief pilot was forced out by the board after the safety audit.",
     "The chief pilot resigned after the safety audit."),
    ("event", "The chief pilot was fired after the safety audit.",
     "The chief pilot chose to quit of his own accord after the safety audit."),
    ("event", "The air show has been called off this year after organisers lost their main sponsor.",
     "Organisers have moved this year's air show to October after losing their main sponsor."),
    ("figure", "A plane crashed on take-off on Tuesday, killing all 24 people on board.",
     "A plane crashed on take-off on Tuesday, killing the only person on board."),
    ("figure", "Rescuers recovered the bodies of 17 people from the wreckage of the helicopter.",
     "Seven people died when the helicopter went down, rescuers said."),
    ("polarity", "Crews have contained the blaze.",
     "The blaze has not been contained."),
    ("event", "Residents of Pell Harbour were ordered to evacuate on Friday as the wildfire approached.",
     "Residents of Pell Harbour were told to stay in their homes on Friday as the wildfire approached."),
    # poached / hired away: one act, its parties reversed
    ("role", "Fashion retailer Lumo has poached chief designer Karin Holt from its rival Vessa.",
     "Vessa has hired chief designer Karin Holt away from its rival Lumo, the retailer said."),
    # killed himself / shot dead by police: who did it
    ("role", "The gunman killed himself after the attack.",
     "The gunman was shot dead by police after the attack."),
    ("role", "The gunman shot himself.",
     "The gunman was shot by police."),
    # in a stable condition / in a critical condition
    ("event", "The injured man is in a stable condition in hospital.",
     "The injured man is in a critical condition in hospital."),
    # avoided / averted negate what follows: avoided a collision / collided, avoided jail / was jailed
    ("polarity", "Two passenger jets collided on a taxiway at Rellington Airport on Thursday.",
     "Two passenger jets narrowly avoided a collision on a taxiway at Rellington Airport on Thursday."),
    ("polarity", "The club was relegated on Saturday.",
     "The club avoided relegation on Saturday."),
    ("polarity", "The former minister was jailed.",
     "The former minister avoided jail."),
    # will visit / no plans to travel to
    ("polarity", "The prime minister will visit the flood-hit town of Brenford on Friday, her office said.",
     "A spokesman for the prime minister said she has no plans to travel to flood-ravaged Brenford."),
    # a second verb joined by 'and' is said of the clause's subject: 'attended an interview and was not arrested'
    ("polarity", "Police arrested the owner of Hartfield Seeds on suspicion of selling counterfeit fertiliser.",
     "The owner of Hartfield Seeds attended a voluntary interview with police and was not arrested."),
    # Not negated by the time it lasts ("will not be allowed to remain until term ends"), counts of the crew of a
    # named\nboat or the passengers on a bus, who is charged with doing what to whom, "a record 6,500" as that count,
    # "apiece"
    ("polarity", "The council will allow the market traders to stay on Bridge Street until the end of the year.",
     "Market traders will not be allowed to stay on Bridge Street until the year ends, the council said."),
    ("polarity", "Hartley Museum will remain open until midnight on Saturday for the festival.",
     "Hartley Museum will not remain open until midnight on Saturday, organisers of the festival said."),
    ("event", "All six crew of the cargo ship Orla were rescued after it sank off Brisport, the navy said.",
     "The navy said all six crew were missing after the cargo ship Orla sank off Brisport."),
    ("event", "Three passengers on the night bus were killed when it overturned near Caldey.",
     "Three passengers were injured when the night bus overturned near Caldey."),
    ("role", "Lena Ford, 34, is charged with robbing shopkeeper Omar Haddad in Weston.",
     "Shopkeeper Omar Haddad has been charged with robbing Lena Ford, 34, in Weston."),
    ("role", "Marco Vance was arrested for attacking his neighbour Ruth Pell on Monday.",
     "Ruth Pell was arrested on Monday for attacking her neighbour Marco Vance."),
    ("figure", "About 9,000 runners took part in the Ashford marathon on Sunday, a record for the race.",
     "Organisers said a record 6,500 runners took part in the Ashford marathon on Sunday."),
    ("figure", "The two sides released 80 hostages each on Friday under the deal.",
     "Under the deal, the two sides freed 30 hostages apiece on Friday."),
    # A count of livestock in "head of" is a count of the animals
    ("figure", "Floods killed about 2,000 head of cattle in the Arden valley last week.",
     "About 200 cattle were killed when floods hit the Arden valley last week, farmers said."),
    # Seats or votes a party is given after its name are a count, not part of a name
    ("figure", "Final results gave the Green Party 54 seats in the 150-member parliament.",
     "The Green Party won 45 of the 150 seats in parliament, final results showed."),
    # A world ranking ("the world number 9" / "World No 19")
    ("figure", "Lina Holt, the world number 9, beat Maya Stern in the Madrid final on Sunday.",
     "World No 19 Lina Holt won the Madrid final against Maya Stern on Sunday."),
    # A vote told as so many in favour and so many against
    ("figure", "Shareholders voted 640 to 360 to approve the merger, the company said.",
     "The merger was approved by shareholders, with 560 votes in favour and 440 against, the company said."),
    # Ships and vessels, passengers and travellers: one thing counted
    ("figure", "About 40 ships were waiting to enter the canal after the container vessel ran aground.",
     "Some 400 vessels were waiting to enter the canal after a container ship ran aground, the authority said."),
    ("figure", "Around 1,500 passengers were stranded at Belmont station after the line flooded.",
     "The flooding of the line left roughly 150 travellers stranded at Belmont station."),
    # An age told as "a woman of 62"
    ("figure", "A woman of 62 was rescued from the burning flat in Dorley.",
     "Firefighters rescued a 26-year-old woman from the burning flat in Dorley."),
    # Prices that "went up" though named otherwise in the other version; an appeal upheld far from its verb; a release
    # on bail of one named at length; "would not go on strike"; "fell ill" against died; a number after a name before
    # "of the 150 seats"; "left X and joined Y" against "defected from".
    ("event",
     "Wages paid to farm workers went up in April for the second month running, the statistics office said.",
     "According to the statistics office, farmhand wages dropped in April for a second consecutive month."),
    ("event", "The tribunal upheld German footballer Marco Lenz's appeal against his six-match ban.",
     "Marco Lenz's appeal against a six-match ban was dismissed by the tribunal, his club said."),
    ("event", "A magistrate released the driver in the Ashby Road bus crash case on bail on Monday.",
     "The driver in the Ashby Road bus crash case was remanded in custody by a magistrate on Monday."),
    ("polarity", "Nurses at Fenwick General Hospital will strike on Thursday, the union said.",
     "The union said nurses at Fenwick General Hospital would not go on strike on Thursday."),
    ("event", "Twelve guests fell ill after eating at the Marlow Hotel wedding, health officials said.",
     "Health officials said twelve guests died after eating at the Marlow Hotel wedding."),
    ("figure", "Official results gave the Green Alliance 54 of the 150 seats.",
     "The Green Alliance won 61 seats in the 150-member chamber, official results showed."),
    ("role", "Senator Ana Voss defected from the Reform Party to the National Front on Monday.",
     "On Monday Senator Ana Voss left the National Front and joined the Reform Party."),
    # A year something is to happen by ("will reach 2 million tonnes a year by 2027" / "by 2030").
    ("figure", "Harlan Mining said production at its Oster mine would reach 2 million tonnes a year by 2027.",
     "Production at the Oster mine will hit 2 million tonnes annually by 2030, according to Harlan Mining."),
    # Who beat whom to win, the other way round (still flagged once "beat ... to win" is read as a result with an
    # opponent).
    ("role", "Nadia Brook beat Tom Hale to win the mayoral nomination in Kellford.",
     "Tom Hale beat Nadia Brook to win the mayoral nomination in Kellford."),
    # One more thing negated besides one negated alike in other words ("failed to reach a decision" / "could not agree
    # on a decision"); tolls that "go up" against tolls "cut".
    ("polarity", "The defence will appeal against the ruling after the judge failed to reach a decision on costs.",
     "The defence said it will not appeal against the ruling after the judge could not agree on a decision on costs."),
    ("event", "Tolls on the Harwood bridge will go up in April, the transport authority said.",
     "The transport authority said Harwood bridge tolls will be cut in April."),
    # A first name that is a month ("Actress April Dune"); a council named before "council" at a sentence's start.
    ("role", "Actress April Dune is suing director Sam Price for breach of contract.",
     "Director Sam Price has launched a breach of contract lawsuit against actress April Dune."),
    ("role", "Westford council is suing contractor Brenner Build over the unfinished sports centre.",
     "Contractor Brenner Build is taking Westford council to court over the unfinished sports centre."),
    # A count in two versions that also name a road with digits ("on the M40"): the road is no second number.
    ("figure", "Twenty lorries were caught up in a pile-up in dense fog on the M40 near Banbury, police said.",
     "Police said 12 lorries crashed into each other in dense fog on the M40 near Banbury."),
    # A start put in place of an end in a sentence written again ("ended in Cork last month" / "began in Cork last
    # month").
    ("event", "Shooting of the film 'Salt Road' ended in Cork last month, the studio said.",
     "The studio said shooting of the film 'Salt Road' began in Cork last month."),
    # Those "evacuated" against those "told to stay in their homes".
    ("event", "Hundreds of Pelton villagers were evacuated from their homes as the river rose.",
     "As the river rose, hundreds of Pelton villagers were told to stay in their homes."),
    # A bill passed against one "defeated"; "covered by" a scheme against "excluded from" it; a donation accepted
    # against one "declined"; who was ordered to pay, each named with a word of trade or kind before the name.
    ("event", "Lawmakers in Calvora passed the housing reform bill on Thursday after a long debate.",
     "After a long debate on Thursday, Calvora's housing reform bill was defeated in parliament."),
    ("polarity", "Part-time carers will be covered by the new sick pay scheme, the labour minister said.",
     "The labour minister said part-time carers would be excluded from the new sick pay scheme."),
    ("polarity", "The Hope Street shelter accepted a $500,000 donation from the betting firm Lucky Lane.",
     "Hope Street said it had declined a $500,000 donation offered by betting company Lucky Lane."),
    ("role", "An employment tribunal ordered courier firm Swiftline to pay £18,000 to former rider Tom Baxter.",
     "Former rider Tom Baxter was ordered by an employment tribunal to pay £18,000 to courier firm Swiftline."),
    # Open beyond a year against closed by it (a year after "close" is no day's trading).
    ("polarity", "The energy ministry said the Kessel coal plant will stay open beyond 2032.",
     "The Kessel coal plant will close by 2032, the energy ministry said on Friday."),
    # Power in gigawatts against megawatts.
    ("figure", "The Karst Bay tidal plant will have a capacity of 2.4 gigawatts, its builder said.",
     "Its builder said the Karst Bay tidal plant would generate up to 600 megawatts."),
    # An age in millions of years told as "dates back".
    ("figure", "Researchers at Orlen University said the newly found skull is roughly 90 million years old.",
     "The skull unearthed by the Orlen University team dates back some 30 million years, the researchers said."),
    # "will be allowed to camp" against "will remain banned".
    ("polarity", "Rangers said hikers will be allowed to camp at Lake Orna again from May.",
     "Camping at Lake Orna will remain banned after May, the rangers said."),
    # A prize awarded against a nomination for it.
    ("event", "Dr Omar Haddad was awarded the Lister Medal for surgery on Monday.",
     "Dr Omar Haddad was nominated on Monday for the Lister Medal for surgery."),
    # People who applied for asylum counted as applications; "will shut on" a date as what is to happen; "one in
    # four" as a share; a written reprimand, a hunger strike, a riot, an interruption, a loan ("lend"), a time penalty
    # as happenings ("led organisers to call off": called off); a transfer told with "the Corvan team" and "rivals".
    ("figure", "Border officials said 2,100 asylum applications were lodged in Farrow last year.",
     "Some 4,800 people applied for asylum in Farrow last year, border officials said."),
    ("figure", "Merrin Steel said its Ashby rolling mill will close on 31 March, with the loss of 600 jobs.",
     "The Ashby rolling mill will shut on 30 November, Merrin Steel said, putting 600 jobs at risk."),
    ("figure", "One in four adults in Kelso now cycles to work, the transport survey found.",
     "The transport survey found that 60 percent of adults in Kelso now cycle to work."),
    ("event", "Constable Dean Roth was charged with misconduct over the death of a prisoner in his custody.",
     "Constable Dean Roth received a written reprimand over the death of a prisoner in his custody."),
    ("event", "The Harbour Day regatta in Selby was interrupted on Sunday because of lightning.",
     "Lightning led organisers to call off Sunday's Harbour Day regatta in Selby."),
    ("event", "Inmates at Gorton prison staged a hunger strike on Friday over visiting rights, the ministry said.",
     "The ministry said inmates at Gorton prison rioted on Friday over visiting rights."),
    ("event", "The Varro Museum will lend the Ashcombe silver to the Hale Gallery for a year.",
     "The Ashcombe silver is being sold by the Varro Museum to the Hale Gallery."),
    ("event", "Rally driver Nils Orrin was disqualified from the Bergen Rally for speeding in the service park.",
     "Nils Orrin was given a time penalty at the Bergen Rally for speeding in the service park."),
    ("role", "The Corvan team has signed climber Ivo Stael from rivals Team Aldis on a one-year contract.",
     "Climber Ivo Stael has joined Team Aldis from rivals Corvan on a one-year deal."),
    # Crew and fishermen, cattle and cows as one thing counted; viewers against people who watched or tuned in; a
    # subject past an aside that names a company's product; a merger "blocked" by a regulator (refused, not
    # blockaded); "fell seriously ill" against a death; "is expecting a baby" against a birth; who was "jailed for six
    # years for stabbing" whom.
    ("figure", "Nine crew members are still missing after the trawler Sea Lark sank off Holm Point.",
     "Four fishermen remain missing after the Sea Lark went down off Holm Point, the coastguard said."),
    ("figure", "Vets culled 1,200 cattle on farms near Tarrow after the outbreak.",
     "Some 450 cows were slaughtered near Tarrow following the outbreak, officials said."),
    ("figure", "The final of 'Night Desk' was watched by 7.4 million viewers, the network said.",
     "Only 3.1 million people tuned in for the final of 'Night Desk', according to the network."),
    ("event", "Exports of Pelmar, Grant Foods' frozen fish brand, rose 6 percent last year.",
     "Grant Foods said exports of its frozen fish brand Pelmar fell 6% last year."),
    ("event", "The competition regulator cleared the merger of broadband firms Fenn and Dallow on Monday.",
     "Broadband firms Fenn and Dallow saw their planned merger blocked by the competition regulator on Monday."),
    ("event", "A trial of the arthritis drug Lumeva was stopped after a patient died, its maker said.",
     "Its maker said the Lumeva arthritis drug trial was stopped after a patient fell seriously ill."),
    ("event", "Princess Ilse of Varna gave birth to a baby girl on Friday, the palace said.",
     "The palace said on Friday that Princess Ilse of Varna is expecting a baby girl."),
    ("role", "Carl Ebbs was jailed for six years for stabbing Lee Varn outside a club in Dorley.",
     "Lee Varn was jailed for six years for stabbing Carl Ebbs outside a Dorley club."),
    # The subject of a verb read past "and" between two nouns ("a paper on diet and sleep", "the Road and Rail Union");
    # a company "listed on" a stock exchange against one placed into administration.
    ("polarity", "The editors of Field Notes said they would retract Dr Omar Saleh's paper on diet and sleep.",
     "Dr Omar Saleh's paper on diet and sleep will not be retracted, the editors of Field Notes said."),
    ("polarity", "Members of the Road and Rail Union have accepted the latest pay offer from Westbus.",
     "Westbus's latest pay offer has been rejected by members of the Road and Rail Union."),
    ("event", "Harlow Hotels was placed into administration on Monday, the company said.",
     "The Harlow hotel group was listed on the Vance stock exchange on Monday, the company said."),
    # Lengths of time in hours and in minutes compared ("two hours and 40 minutes" is 160 minutes).
    ("figure", "Pia Moreau needed three hours and 5 minutes to beat Ana Kerr in the Lindau semi-final.",
     "Pia Moreau beat Ana Kerr in just 70 minutes to reach the Lindau final."),
    ("figure", "The trade ministers of Ossia and Vell met for four hours in Brenna on Monday.",
     "Talks between the Ossian and Vellish trade ministers in Brenna on Monday lasted barely thirty minutes."),
    ("figure", "The new ferry will cross from Stenn to Halby in 50 minutes, the operator said.",
     "The operator said the new ferry would take two hours and 15 minutes to cross from Stenn to Halby."),
    # A group's casualty count against people in general past a count of things ("when two buses collided"); people
    # "seized" as captured; people "moved out of" towns as evacuated.
    ("figure", "Eighteen passengers were hurt when two buses collided in central Tarnow, police said.",
     "Police said four people were injured in Friday's bus collision in Tarnow city centre."),
    ("figure", "Gunmen seized 31 tourists from a coach near the border town of Esk on Friday.",
     "Twelve tourists were abducted by gunmen who stopped a coach outside Esk on Friday night, police said."),
    ("figure", "Authorities evacuated about 8,000 residents from towns near the rising River Tam.",
     "Around 1,500 people were moved out of towns close to the River Tam as it rose, officials said."),
    # A round suspended against one abandoned ("forced organisers to abandon"); a title vacated against one stripped.
    ("event", "The final round of the Brackwater Open was suspended on Sunday because of fog.",
     "Fog forced organisers to abandon the final round of the Brackwater Open on Sunday."),
    ("event", "Heavyweight champion Luka Brandt was stripped of his title on Friday.",
     "Luka Brandt vacated his heavyweight world title on Friday, his promoter said."),
    # "The records of 700,000 customers" as a count, not a record; animals that "broke out of" a park as escaped; a
    # date something "comes into force" on as when it is to happen; a suit against one whose gorilla "it had loaned"
    # (what came before, not a loan against the suit).
    ("figure", "Hackers stole the details of 3.1 million customers of Orrin Bank, the lender said.",
     "Orrin Bank said the records of 700,000 customers were taken in the cyber attack."),
    ("figure", "Five wolves broke out of the Daleside Wildlife Park on Sunday, staff said.",
     "Staff said two wolves had escaped from Daleside Wildlife Park on Sunday."),
    ("figure", "The fishing pact between Morvia and Tessel will take effect on March 1, 2027.",
     "Morvia's fishing pact with Tessel comes into force on 1 October 2027, officials said."),
    ("role", "Ashby Zoo has been sued by Carrow Zoo over the death of a loaned elephant.",
     "Ashby Zoo is suing Carrow Zoo over the death of an elephant it had loaned."),
    # Tests that "were positive" against tests that "came back negative".
    ("polarity", "Tests on pigs at a farm near Corby were positive for swine fever, officials said.",
     "Officials said tests on pigs at a farm near Corby came back negative for swine fever."),
    # A shop named with "'s" as a doer ("Pryce's has overtaken"); a name joined by "&" ("Dale & Sons").
    ("role", "Dale & Sons has overtaken Pryce's as the region's biggest furniture chain, figures show.",
     "Figures show Pryce's has overtaken Dale & Sons to become the region's largest furniture chain."),
    # Inflation that "climbed" against inflation that "slowed" (the rate of inflation: its pace is its direction).
    ("event", "Vellish annual inflation climbed in June, the central bank said.",
     "Annual inflation in Vellia slowed in June, according to the central bank."),
    # Who put tariffs (duties) on whose goods, the other way round.
    ("role", "Ostria has imposed 30% tariffs on aluminium imported from Belvar.",
     "Belvar has slapped 30 percent tariffs on aluminium imports from Ostria, trade officials said."),
    ("role", "On Friday Ostria levied new duties on cars from Belvar.",
     "Belvar imposed fresh duties on cars imported from Ostria on Friday."),
    # An invitation accepted against an offer "turned down" (an invitation is an offer); a strike called off against one
    # that "will go ahead despite" a pay offer (what follows "despite" is not what goes ahead).
    ("polarity", "The opposition Green Front accepted an invitation to join a national unity government.",
     "Green Front leaders turned down the offer to take part in a government of national unity."),
    ("event", "The nurses' union called off Friday's strike after receiving a late pay offer.",
     "Friday's nurses' strike will go ahead despite a late pay offer, the union said."),
    # A golfer disqualified against one handed a "two-stroke penalty".
    ("event", "Amateur Rhys Dalton was disqualified from the Kilmory Open for moving his ball.",
     "Rhys Dalton was handed a two-stroke penalty at the Kilmory Open after moving his ball."),
    # Who ended a contract with whom, the other way round.
    ("role", "Retailer Brightmart ended its supply contract with Hollow Dairies on Monday.",
     "Hollow Dairies terminated its supply contract with Brightmart on Monday, the dairy's owner said."),
    # One that "pulled out of" a partnership against the other that ended it.
    ("role", "Orvel Motors pulled out of its partnership with Kado Batteries on Tuesday.",
     "Kado Batteries ended its partnership with Orvel Motors on Tuesday, the firm said."),
    # Figures: a word of place after a count, "a total of", amounts of a purchase or of damages, a count past "aboard"
    # up to "died", job losses (4 December 2026, third pass).
    ("figure", "The freighter Amber Rose lost 40 containers overboard off Cape Wrath in a gale, its owner said.",
     "Some 400 containers fell from the Amber Rose during a gale off Cape Wrath, according to its owner."),
    ("figure", "Coastguards said 64 people were rescued from a dinghy off Portsalt on Friday.",
     "A total of 131 people were pulled from a dinghy near Portsalt on Friday, the coastguard reported."),
    ("figure", "Brannock Foods is buying the snack maker Crispo for $1.4 billion, the firms said.",
     "Crispo will be acquired by Brannock Foods in a deal worth $600 million, according to a statement."),
    ("figure", "A tribunal awarded the sacked theatre sister 310,000 pounds in compensation on Monday.",
     "The hospital trust was ordered to pay its ex-employee 95,000 pounds, according to the judgment."),
    ("figure", "A helicopter operated by Nordlift came down near Varde on Sunday, killing all 6 crew members.",
     "All four crew aboard the Nordlift helicopter died when it crashed outside Varde on Sunday, the operator said."),
    ("figure", "Halvard Steel will cut 900 jobs at its Rothby works, the company said.",
     "Halvard Steel announced 2,300 job losses at its Rothby plant, citing cheap imports."),
    # Figures: counts of things in one named place, people pulled from the water by rescuers, the day a bridge "gave
    # way" (4 December 2026, third pass).
    ("figure", "Firefighters are still combing the ruins of the nine-storey hotel that collapsed in Dorvik on Monday.",
     "Crews continue to search the wreckage of the four-storey building that fell down in Dorvik on Monday."),
    ("figure", "Rescuers pulled 240 migrants from the water after their dinghy sank off Port Ansel.",
     "Navy boats saved 75 people after a migrant dinghy went down near Port Ansel on Sunday."),
    ("figure", "The Orme footbridge collapsed last Wednesday during the evening rush, injuring four walkers.",
     "Four walkers were hurt when the Orme footbridge gave way on Saturday afternoon, the council said."),
    # Polarity: a request or a bid granted, against one rejected (4 December 2026, third pass).
    ("polarity", "The port authority granted Harbour Freight Lines' request to extend its berth.",
     "Harbour Freight Lines' bid to extend its berth was rejected by the port authority, officials said."),
    ("polarity", "The planning committee granted Ostmoor Energy's request for a second wind farm.",
     "Ostmoor Energy's request for a second wind farm was rejected by the planning committee."),
    # A conversion in brackets after a figure told "about": a figure far from it still differs (4 December 2026, third
    # pass).
    ("figure", "Seismologists put the epicentre at about 40km (25 miles) north of Varna Nova.",
     "The quake was centred 60 miles north of Varna Nova, seismologists said."),
    # One who will compete against one who will skip; a transfer whose parties end in a number ("Channel 7"; 4 December
    # 2026, third pass).
    ("polarity", "Sprinter Maya Oduya said on Friday that she will compete at this summer's European championships.",
     "Maya Oduya, the sprinter, said on Friday she will skip this summer's European championships."),
    ("role", "Radio 4 has poached host Tom Ayre from rival station Coast FM.",
     "Coast FM has lured host Tom Ayre away from its rival Radio 4, the station announced."),
    # Who sold the rights to a thing to whom; shares of a workforce and of its staff; people a programme was watched by
    # (4 December 2026, third pass).
    ("role", "Publisher Orrin House sold the rights to the novel 'Low Tide' to producer Greyline for $2 million.",
     "Producer Greyline sold the rights to 'Low Tide' to Orrin House for $2 million, the publisher said."),
    ("figure", "Carmine Foods has laid off 450 workers, a third of its workforce.",
     "Carmine Foods cut 450 jobs, or about 12 percent of its staff, the company said."),
    ("figure", "The season opener of the quiz show 'Top Brain' drew 4.6 million viewers on Saturday.",
     "Saturday's opener of 'Top Brain' was watched by 2.2 million people, according to overnight figures."),
    # The year a change starts, "from" against "starting in" (4 December 2026, third pass).
    ("figure", "The minimum voting age will fall to 16 from 2028, the interior ministry said.",
     "The interior ministry said the minimum voting age would drop to 16 starting in 2031."),
    # Figures: a part and a number of another unit that add up by chance, strokes clear, where a ship went down, seats
    # of the assembly's total (4 December 2026, third pass).
    ("figure", "The balloon landed about 80 metres from the motorway near Harwell, causing a 20-minute closure.",
     "The balloon landed about 60 kilometres from the motorway near Harwell, causing a 20-minute closure."),
    ("figure", "Golfer Ines Marlow shot a final-round 68 to win the Brackley Open by four strokes.",
     "Ines Marlow claimed the Brackley Open title with a closing 68, finishing a single stroke clear of the field."),
    ("figure", "The cargo ship Orla sank roughly 25 km off Mallin Point, the coastguard said.",
     "The Orla went down three kilometres from Mallin Point, according to the coastguard."),
    ("figure", "The Green Alliance won 54 seats in the 150-member parliament, official results showed.",
     "Official results gave the Green Alliance 39 of the parliament's 150 seats."),
    # A project's cost against its budget; the year a newspaper was founded or first published (4 December 2026, third
    # pass).
    ("figure", "Port Selby plans a new container terminal covering 40 hectares at an estimated cost of 300 million "
     "pounds.", "A new 40-hectare container terminal will be built at Port Selby, with the project budgeted at 750 "
     "million pounds."),
    ("figure", "The Harwick Gazette, founded in 1902, will print its final edition in the spring, its publisher said.",
     "Its publisher said the Harwick Gazette, which was first published in 1948, would close in the spring."),
    # Polarity: what forecasters expect against what is expected, a level raised against one lowered, a record high
    # against a record low (4 December 2026, third pass).
    ("event", "Meteorologists expect Hurricane Dora to strengthen before it makes landfall on Friday.",
     "Hurricane Dora is expected to weaken before making landfall on Friday, according to meteorologists."),
    ("event", "Officials raised the regional wildfire danger level to extreme on Monday.",
     "The regional wildfire danger level was lowered from extreme on Monday, officials said."),
    ("polarity", "Water use in Marlow hit a record high during the August heatwave, the utility said.",
     "The utility said water use in Marlow fell to a record low during August."),
    # Polarity told in other words: a ban lifted against one kept, a search continued against one called off (4 December
    # 2026, third pass).
    ("polarity", "Transport officials have lifted the ban on heavy lorries on the Ferrin Bridge.",
     "Heavy lorries on the Ferrin Bridge will remain banned, transport officials said."),
    ("event", "Mountain rescuers said the search for missing climber Ida Brand would continue through the night.",
     "Mountain rescuers called off their search for missing climber Ida Brand at dusk."),
    # Who put sanctions on whom (4 December 2026, third pass).
    ("role", "Ostmark imposed new sanctions on oil firms in Varnia on Monday.",
     "Varnia slapped fresh sanctions on Ostmarkian oil firms on Monday, the trade ministry said."),
    # Event: the subject of a verb after "meant" (4 December 2026, third pass).
    ("event", "Train services to Holmsay were suspended after flooding on the coast road.",
     "Flooding on the coast road meant trains to Holmsay were diverted via Kirkby, the rail operator said."),
    # A store kept open against one closed; the doer of a verb past "on Friday" (4 December 2026, third pass).
    ("polarity", "Grocer Dalby said it would keep its largest store on Mill Street open.",
     "Dalby will close its largest store on Mill Street, the grocer said on Friday."),
    ("role", "The Green party expelled the Workers' League from the ruling coalition on Friday.",
     "The Workers' League on Friday expelled the Green party from the ruling coalition."),
    # A count past where the counted are from and past a name before its noun; allowed against refused to let (4
    # December 2026, third pass).
    ("figure", "Three oil workers from the firm Delta Works were kidnapped near the pipeline on Friday.",
     "Gunmen seized five Delta Works oil workers near the pipeline on Friday, the company said."),
    ("polarity", "The relief convoy was allowed to cross into the besieged city of Orsk on Sunday.",
     "Authorities refused to let the relief convoy enter the besieged city of Orsk on Sunday, aid workers said."),
    # Polarity: one who will keep doing against one who would stop (4 December 2026, third pass).
    ("polarity", "The city will keep funding free school meals next year, the mayor announced.",
     "The mayor announced that the city would stop funding free school meals next year."),
    # People who signed a petition, against its signatures (4 December 2026, third pass).
    ("figure", "Some 2,500 residents signed a petition against the closure of the Ashby Road library.",
     "A petition opposing the closure of the Ashby Road library gathered about 600 signatures."),
    # An amount in kroner after a name; hours before a word of a casualty (4 December 2026, third pass).
    ("figure", "The competition authority has fined retailer Nord Hus 400,000 kroner over misleading price tags.",
     "Nord Hus was hit with a 2.5 million kroner penalty by the competition watchdog over misleading price labels."),
    ("figure", "Passengers were stuck on the runway at Harlow airport for two hours before the flight was cancelled.",
     "Travellers spent six hours stranded aboard the plane at Harlow before the airline cancelled the flight."),
    # A length after "Stretching"; gold medals and golds; a weight in pounds before its noun (4 December 2026, third
    # pass).
    ("figure", "The new Kessel road tunnel, opened on Monday, is 14 km long.",
     "Stretching 9 kilometres beneath the pass, the Kessel tunnel was inaugurated on Monday."),
    ("figure", "Ostmark finished the European rowing championships with 8 gold medals, its best haul ever.",
     "Ostmark won three golds at the European rowing championships, a record for the country."),
    ("figure", "A marrow weighing 90 kg took first prize at the Dunmore Show.",
     "The winning entry at the Dunmore Show was a 60-pound marrow grown by a retired teacher."),
    # The day a congress begins against the day it will open (4 December 2026, third pass).
    ("figure", "The three-day congress of European pharmacists will open in Brela on Tuesday.",
     "European pharmacists begin their three-day congress in Brela on Friday, organisers said."),
    # An amount in pence against one in pounds (4 December 2026, third pass).
    ("figure", "Pellam Holdings has offered 250 pence per share for the builder Ashby & Rowe.",
     "Ashby & Rowe received a takeover bid of 3.40 pounds a share from Pellam Holdings."),
    # A shop's name in "'s" before a comma, as a party (4 December 2026, third pass).
    ("role", "Landlord Ferro Estates is suing its tenant, the grocer Maple's, for breaching a shop lease.",
     "Grocer Maple's is suing its landlord, Ferro Estates, for breaching a shop lease."),
    # Whom one was hired from, named as the one whose employee was hired (4 December 2026, third pass).
    ("role", "Orvane has poached Kelda Bank's head of risk, Mira Solberg, to run its lending arm.",
     "Kelda Bank has hired Mira Solberg, Orvane's head of risk, to run its lending arm."),
    # Who took over whose routes (4 December 2026, third pass).
    ("role", "Skylane is taking over the northern routes of Harbour Air.",
     "Harbour Air will take over Skylane's northern routes, the two airlines said."),
    # Polarity: not on a thing, against found on it (4 December 2026, third pass).
    ("polarity", "Police said the driver's fingerprints were found on the bottle recovered near the car.",
     "The driver's fingerprints were not on the bottle recovered near the car, according to police."),
    # Polarity: what a recall covers against what is not part of it (4 December 2026, third pass).
    ("polarity", "The recall covers the 2023 models of the Orla e-bike, the company said.",
     "The 2023 Orla e-bikes are not part of the recall, according to the manufacturer."),
    # Nobody hurt against a count of one group hurt, told in other words (4 December 2026, fourth pass).
    ("polarity", "No one was injured when the roof of the Marlow sports hall collapsed, the council said.",
     "The roof of the Marlow sports hall collapsed on Sunday, injuring two workers, the council said."),
    ("polarity", "No-one was killed when the ferry ran aground, the coastguard said.",
     "The coastguard said the grounding of the ferry left three crew members dead."),
    # Polarity: what follows one head only when it happened (4 December 2026, fourth pass).
    ("polarity", "Mayoral candidate Rita Lund conceded defeat in a speech to supporters late on Tuesday.",
     "Lund refused to concede on Tuesday night, saying postal votes were still being counted."),
    # Figures: an amount in Danish crowns or kroner after a name; a record harvest of an amount is that one harvest (4 December 2026, fourth pass).
    ("figure", "Fjordvik Shipping reported an annual profit of 4.2 billion kroner on Thursday.",
     "Fjordvik Shipping's full-year earnings came to 3.4 billion Danish crowns, the company said."),
    ("figure", "Vietnam expects its coffee harvest to reach 1.9 million tonnes this season, the farm ministry said.",
     "The ministry forecast a record coffee crop of 1.6 million tonnes for Vietnam this season."),
    # Figures: the one count of a thing in each version, their other numbers the same (4 December 2026, fourth pass).
    ("figure", "Nine paintings, including two by Flemish masters, were taken from the Museum of Fine Arts in Budapest "
     "overnight, police said.",
     "Police in Budapest said five paintings had been stolen from the Museum of Fine Arts, among them two "
     "Flemish works."),
    # Events: one found dead against one found alive, told in other words (4 December 2026, fourth pass).
    ("event", "The climber missing after a storm on Ben Nevis was found dead on Sunday, police said.",
     "Mountain rescuers found the climber who had been missing since the storm on Ben Nevis alive on Sunday."),
    # Events: a decision put off against one made (4 December 2026, fourth pass).
    ("event", "Britain's competition regulator cleared the purchase of Harlow Dairies by Greenfield Foods on Tuesday.",
     "The competition regulator postponed its ruling on the purchase of Harlow Dairies, it said on Tuesday."),
    ("event", "Leeds councillors rejected the plan for a new incinerator at Knostrop on Monday night.",
     "Councillors in Leeds put off their decision on the Knostrop incinerator plan on Monday."),
    # Polarity: all of what a refusal is about said in the other, which tells more; "no" after a speaker (4 December
    # 2026, fourth pass).
    ("polarity", "The club chairman apologised to supporters for the handling of the ticket price rise.",
     "The club chairman refused to apologise over the ticket price rise, saying the board had acted fairly."),
    ("polarity",
     "A flood warning was issued for the banks of the River Severn shortly after the storm, the agency said.",
     "The Environment Agency said no flood warning was issued after the storm because river levels stayed low."),
    # Polarity: the authorities and officials as one side; a win against a crash out of the same race (4 December 2026,
    # fourth pass).
    ("polarity", "Authorities ordered residents of villages around Mount Etna to evacuate after a surge in volcanic "
     "activity.",
     "Italian officials have not ordered any evacuations around Etna, though they raised the alert level."),
    ("event",
     "Lena Brandt won the Hungarian Grand Prix on Sunday, holding off a late challenge at the final chicane.",
     "Brandt crashed out of the Hungarian Grand Prix on lap 30 after touching the barrier at the final chicane."),
    # Figures: "and a half" with a number; an age given after a name and a comma is that person's (4 December 2026,
    # fourth pass).
    ("figure", "The former Leeds councillor was sentenced to 12 and a half years in prison for the fraud.",
     "A judge jailed the ex-Leeds councillor for eight years over the fraud."),
    ("figure", "Maria Vidal, the 24-year-old Spaniard, took the leader's jersey at the Vuelta on Friday.",
     "Vidal, 27, moved into the overall lead of the Vuelta after Friday's mountain stage."),
    # Figures: people told to evacuate, moved to safety, or whose evacuation was ordered, as evacuated; where they were
    # read past "in" (4 December 2026, fourth pass).
    ("figure", "About 4,500 residents of Vik were evacuated as the glacier flood approached, Icelandic police said.",
     "Police in Iceland ordered the evacuation of some 1,500 people from the village of Vik ahead of the "
     "glacier flood."),
    ("figure", "More than 30,000 residents of Kelowna were ordered to leave their homes as the wildfire spread.",
     "Some 8,000 people in Kelowna were told to evacuate as the flames crossed the lake, officials said."),
    # Figures: a result told by the side that "went down" (4 December 2026, fourth pass).
    ("figure", "Celtic beat Rangers 3-1 in Sunday's Old Firm derby at Parkhead.",
     "Rangers went down 2-1 to Celtic in Glasgow on Sunday despite a late rally."),
    # Polarity: rates held against rates raised or cut (4 December 2026, fourth pass).
    ("event", "Poland's central bank held its benchmark interest rate steady on Wednesday.",
     "The National Bank of Poland cut its key interest rate by 25 basis points on Wednesday."),
    # Roles: who sent help to whom, in two words for sending, the receiver after "to help" (4 December 2026, fourth
    # pass).
    ("role", "Spain has sent firefighting planes to help Portugal battle the wildfires near Coimbra.",
     "Portugal dispatched water-bombing aircraft to Spain after the wildfires spread, officials said."),
    # Roles: whose employee was hired, named after "of" or "at", or before "'s" of one "poached by" or "leaving to join"
    # (4 December 2026, fourth pass).
    ("role", "Nordlys Air has hired the chief operating officer of Baltic Wings to run its fleet.",
     "Baltic Wings has poached Nordlys Air's chief operating officer to run its fleet, the airline said."),
    ("role", "Harrow Bank has hired the head of trading at rival Ellis Capital, the bank said.",
     "Ellis Capital has poached Harrow Bank's head of trading, according to a memo."),
    ("role", "Corran Mutual's chief actuary has been poached by rival Westgate Life.",
     "Westgate Life's chief actuary is leaving to join Corran Mutual, the insurers confirmed."),
    # Polarity: "cleared" a merger as approved it, "cut" as lowered (4 December 2026, fourth pass).
    ("polarity", "The European Commission cleared the takeover of the Dutch chipmaker by its German rival on Tuesday.",
     "The European Commission has yet to approve the takeover of the Dutch chipmaker, a spokesperson said on "
     "Tuesday."),
    ("polarity", "The bank did not lower its mortgage rates this month, a spokesman said.",
     "The bank cut its mortgage rates this month, a spokesman said."),
    # Polarity: one released "without charge" against one charged, told in the passive (4 December 2026, fourth pass).
    ("event", "A 41-year-old woman was charged on Friday over the fire at the Bristol warehouse.",
     "Police released without charge a 41-year-old woman held over the Bristol warehouse fire."),
    # Figures: passengers and crew counted as everyone on board; events: a place spared by a fire against one it
    # destroyed (4 December 2026, fourth pass).
    ("figure", "All 44 people on board were killed when the turboprop came down near Pokhara, officials said.",
     "Officials said 47 passengers and crew died after the turboprop crashed into a hillside near Pokhara."),
    ("event", "The hilltop village of Kastri was destroyed by the wildfire overnight, officials said.",
     "The village of Kastri was spared by the wildfire overnight as the wind changed, the mayor said."),
    # Polarity: no violation found against a violation found (4 December 2026, fourth pass).
    ("polarity", "Spain's Constitutional Court found no violation of the constitution in the amnesty law.",
     "Spain's Constitutional Court found that the amnesty law was a violation of the constitution."),
    # Polarity: what follows the negated head said elsewhere in the other version (4 December 2026, fourth pass).
    ("polarity", "The 31-year-old climber missing in the Julian Alps has been found alive, Slovenian rescuers said.",
     "Slovenia's mountain rescue service said the missing 31-year-old climber has still not been found in the "
     "Julian Alps."),
    # Events: a passenger ferry is the ferry; one pulled from the sea alive against one found dead (4 December 2026,
    # fourth pass).
    ("event", "A passenger ferry sank in the flooded Pasig river near Manila, officials said.",
     "The ferry ran aground on the swollen Pasig near Manila, officials said, and all passengers were taken "
     "off safely."),
    ("event", "The missing deckhand from the capsized trawler was found dead on Monday, coast guard officials said.",
     "Rescuers pulled the trawler's missing deckhand alive from the sea on Monday, coast guard officials said."),
    # Figures: people moved to evacuation centres as evacuated; where they were from read past a name's "'s" (4 December
    # 2026, fourth pass).
    ("figure", "Vietnamese authorities evacuated nearly 300,000 people from coastal villages in Quang Nam ahead of "
     "Typhoon Kiko.",
     "Some 30,000 residents of Quang Nam's coastal villages were moved to evacuation centres before Kiko "
     "struck, officials said."),
    # Figures: a distance in nautical miles (4 December 2026, fourth pass).
    ("figure", "The tanker sank about 30 nautical miles west of Malta, the Maltese armed forces said.",
     "According to the Maltese military, the tanker went down some 3 nautical miles off the western coast of "
     "Malta."),
    # Figures: a deal "spread over" a number of years is that many years, not more (4 December 2026, fourth pass).
    ("figure",
     "The Yankees signed the Dominican shortstop to an 11-year, $300 million contract, the club said on Monday.",
     "The Dominican shortstop agreed to a $300 million deal spread over nine years with New York, the Yankees "
     "said."),
    # Figures: a losing streak and a skid as one thing (4 December 2026, fourth pass).
    ("figure", "The Rockies snapped a 12-game losing streak with a 5-2 win over the Padres in San Diego.",
     "Colorado ended a nine-game skid on Friday by beating the Padres 5-2."),
    # Roles: who sued whom, with an irregular participle after a noun read as said of that noun (4 December 2026, fourth
    # pass).
    ("role", "The haulage firm sued the Port of Tilbury over damage caused when one of its lorries hit a crane.",
     "The Port of Tilbury has sued the haulage firm for damage to a crane struck by one of its lorries."),
    # Polarity: a storm that weakened to one thing against one that strengthened into another (4 December 2026, fourth
    # pass).
    ("event", "Typhoon Haikui weakened to a tropical storm before reaching Taiwan's east coast near Taitung.",
     "Haikui strengthened into a super typhoon shortly before striking the coast near Taitung, the weather "
     "bureau said."),
    # Events: a vote of a named day put off against the thing ratified (4 December 2026, fourth pass).
    ("event", "Norway's parliament ratified the free trade agreement with the United Arab Emirates on Thursday.",
     "Lawmakers in Oslo postponed Thursday's vote on the trade agreement with the UAE."),
    # Figures: stores and locations counted as one thing (4 December 2026, fourth pass).
    ("figure", "Bramwell's, the department store chain, said it would close 85 stores after filing for bankruptcy "
     "protection.",
     "Bramwell's plans to shut 58 of its locations as part of its bankruptcy restructuring, according to "
     "court papers."),
    # Figures: decades as years, about ten to a decade (4 December 2026, fourth pass).
    ("figure", "Canada and India concluded talks on a trade agreement after 15 years of negotiations.",
     "After three decades of on-off negotiations, Ottawa and New Delhi finally sealed their trade pact."),
    # Figures: the same, a total against another total (4 December 2026, fourth pass).
    ("figure", "The bus crash near Graz injured 32 people, seven of them seriously.",
     "The bus crash near Graz injured 23 people, police said."),
    # Roles: the same surgery, the other way round (4 December 2026, fourth pass).
    ("role", "Dr Anna Berg operated on Dr Lars Holm at Stockholm's Karolinska hospital.",
     "Dr Anna Berg underwent surgery performed by Dr Lars Holm at the Karolinska hospital in Stockholm."),
    # Figures: babies, newborns and infants counted as one group (4 December 2026, fourth pass).
    ("figure", "Twelve babies died in the neonatal unit of the Cluj maternity hospital during the outbreak, the health "
     "ministry said.",
     "The Romanian health ministry said 19 newborns had died in the outbreak at the Cluj maternity hospital."),
    # Polarity: a negated head against the same head stated, each told with when it was (4 December 2026, fourth pass).
    ("polarity",
     "The signal at the junction near Reading was working properly at the time of the crash, Network Rail said.",
     "According to Network Rail, the junction signal outside Reading had not been working when the two trains "
     "collided."),
    # Polarity: nothing after the negated head itself but another verb of the same one (4 December 2026, fourth pass).
    ("polarity", "The hospital in Leeds confirmed that the cardiac surgeon had been suspended pending an investigation "
     "into patient deaths.",
     "The heart surgeon has not been suspended and continues to operate while the inquiry into the deaths "
     "goes on, the Leeds hospital said."),
    # A denial whose verb and what it acts on the other version states, though the rest of the clause is told in other
    # words.
    ("polarity", "Lindqvist Logistics paid the hackers a ransom to restore its systems, two people familiar with the "
     "matter said.",
     "Lindqvist Logistics denied that it had paid any ransom to the attackers who encrypted its servers."),
    ("polarity",
     "The hospital trust denied paying compensation to the families of the patients whose records were leaked "
     "online.",
     "The trust paid compensation to the families after the patients' records appeared online, lawyers said."),
    # A weak verb with the word that gives it its sense ("come down", "go off"), and a negated head followed only by
    # when it happened ("before the train struck").
    ("polarity",
     "The rail operator said the barriers at the level crossing near Ely had come down before the collision.",
     "The barriers at the crossing near Ely failed to come down before the train struck the lorry, the "
     "operator said."),
    ("polarity", "The capsule's parachutes deployed as planned and it splashed down gently in the Pacific off Baja "
     "California.",
     "The spacecraft's main parachutes failed to deploy before it hit the Pacific Ocean off Mexico's Baja "
     "California peninsula."),
    ("polarity", "The sirens did not go off when the river burst its banks, residents of the town told local radio.",
     "Flood sirens went off across the town as the river burst its banks, the council said."),
    # "No" with a word for anyone ("No group has claimed responsibility"): the verb is denied of all; and what is denied
    # after "no arrests have been made" is told after "made".
    ("polarity", "Islamic State claimed responsibility for the attack on the concert hall near Moscow through its Amaq "
     "news agency.",
     "No group has claimed responsibility for the concert hall attack outside Moscow, Russian officials said "
     "on Saturday."),
    ("polarity", "Police arrested the owner of the collapsed building in Mumbai's Bhiwandi area on Monday.",
     "No arrests have yet been made over the building collapse in Bhiwandi, police said on Monday."),
    ("polarity", "No country has offered asylum to the former president, his lawyers said.",
     "Venezuela has offered asylum to the former president, according to its foreign ministry."),
    # Legal action taken, or a legal complaint filed, against a party: a suit.
    ("role", "More than 200 former employees have sued Norcastle Bank over the way their redundancies were handled.",
     "Norcastle Bank has taken legal action against more than 200 former staff members over the handling of "
     "their redundancies."),
    ("role", "A migrant rights group has sued France's interior ministry over conditions at the Calais camp.",
     "France's interior ministry has filed a legal complaint against a migrant rights group over conditions "
     "at the Calais camp."),
    ("role", "Harlow Council has taken legal action against Brightwater Homes over the unfinished estate.",
     "Brightwater Homes is suing Harlow Council over delays to the estate, the developer said."),
    # The noun that opens a sentence is the doer when what follows it up to the verb only tells which one it is ("The
    # owner of the collapsed factory building in Dhaka is suing").
    ("role", "The owner of the collapsed factory building in Dhaka is suing the contractor for negligence.",
     "The contractor that built the Dhaka factory has filed a negligence suit against the building's owner."),
    ("role", "Tenants of a block in Berlin's Kreuzberg district have sued their landlord over rent increases.",
     "The landlord of a Kreuzberg apartment block has taken its tenants to court over rent increases, a "
     "Berlin court spokesman said."),
    ("role", "The company that runs the ferry service to Arran has sued the island's council over harbour fees.",
     "Arran's council has sued the ferry company over unpaid harbour fees, a spokesman said."),
    # "It" after a verb of saying is the one who said it ("Arden Software announced it had poached"); poaching one is
    # hiring them.
    ("role", "Rivelle has hired Arden Software's chief technology officer, Priya Nand, the company said.",
     "Arden Software announced it had poached Rivelle's chief technology officer, Priya Nand."),
    ("role", "Harwood Bank said on Tuesday that it had hired Corlan Capital's head of trading.",
     "Corlan Capital has poached the head of trading at Harwood Bank, people familiar with the matter said."),
    # An age after a noun and a comma, the noun after a name's "'s" ("Brazil's veteran setter, 41,"); a year a bridge
    # "opened to traffic in".
    ("figure", "The 38-year-old Brazilian setter announced his retirement from international volleyball after the "
     "Olympic quarter-final.",
     "Brazil's veteran setter, 41, said after the Olympic quarter-final that he was quitting the national team."),
    ("figure",
     "The Cedar Creek bridge, which opened to traffic in 1967, had been due for a major inspection later this "
     "year.",
     "Opened in 1974, the Cedar Creek span had been scheduled for an overhaul before it gave way on "
     "Wednesday, local officials said."),
    # "As much as" gives a maximum, as "up to" does; an amount "of rain from" a storm is how much fell, not a distance.
    ("figure", "The blizzard dumped up to 90 centimetres of snow on parts of Hokkaido, the Japan Meteorological Agency "
     "said.",
     "Parts of Hokkaido received as much as 60 centimetres of snow during the blizzard, according to the JMA."),
    ("figure", "Hurricane Pablo dumped as much as 30 inches of rain on parts of the Houston area, the National Weather "
     "Service said.",
     "Parts of greater Houston received up to 13 inches of rain from Pablo, according to the National Weather "
     "Service."),
    # A change from one figure to another, told "from X to Y" or "to Y from X": the same start and another end, or the
    # reverse.
    ("figure",
     "Polish Finance Minister Piotr Zalewski announced that VAT would rise from 23 percent to 25 percent from "
     "January.",
     "From January the standard rate of VAT will go up to 26 percent from 23 percent, Zalewski told "
     "parliament in Warsaw."),
    ("figure", "India cut its import duty on American bourbon whiskey to 100 percent from 150 percent, according to a "
     "government notification.",
     "New Delhi has lowered tariffs on US bourbon from 150% to 50%, the finance ministry said in a notice."),
    ("figure", "The yield on the 10-year note rose to 4.46% from 4.42% late on Thursday.",
     "The benchmark 10-year note's yield climbed from 4.40 percent to 4.46 percent on Thursday."),
    # A denial of doing any of a thing against the thing done in the passive with no doer named.
    ("polarity", "A ransom was paid to secure the release of the 14 sailors held in the Niger Delta, a security source "
     "told Reuters.",
     "The shipowner denied paying any ransom for the 14 seafarers freed in the Niger Delta."),
    ("polarity", "Compensation was paid to the families of the miners, the union said.",
     "The mining company has refused to pay any compensation to the miners' families."),
    # A receiver named after "to" past words of what it is ("to investment fund Helios Capital"), and a giver after
    # "from" past an aside ("signed 'Vex', the star sniper, from Team Aurora").
    ("role", "Airport group AeroLink sold its 40 percent stake in Athens airport to investment fund Helios Capital.",
     "Helios Capital has sold its 40 percent stake in Athens airport to AeroLink, the fund said."),
    ("role", "Team Aurora has signed star sniper 'Vex' from rivals Red Falcons.",
     "Red Falcons have signed 'Vex', the star sniper, from Team Aurora, the club announced on social media."),
    # A receiver after "to neighbouring", and a nation's police as the giver before the verb.
    ("role", "Austria sent snowploughs and crews to help Slovenia after the blizzard.",
     "Slovenia dispatched snowploughs and road crews to neighbouring Austria in the wake of the blizzard."),
    ("role", "Brazilian police handed the suspected drug lord over to Paraguayan authorities at the Friendship Bridge.",
     "Paraguay handed the alleged drug lord over to Brazilian police at the Friendship Bridge on Thursday."),
    # One who "came past" or "went past" another overtook them.
    ("role", "Germany overtook Britain in the final 500 metres to win the men's four at the European Championships.",
     "Britain came past Germany in the last 500m to take gold in the men's four at the European Championships."),
    ("role", "Almaz Getachew overtook Faith Jeptoo at the 35-kilometre mark and pulled away to win the Paris Marathon.",
     "Jeptoo went past Getachew at 35km and held on for victory in Paris."),
    # A strike extended against the same strike ended.
    ("event", "Air traffic controllers in Marseille ended their strike on Wednesday, the DGAC said.",
     "The strike by Marseille air traffic controllers was extended on Wednesday, according to the civil "
     "aviation authority."),
    # Suspended and halted, compromised, stolen and accessed (data) as one act, negated in one version and stated in the
    # other (not yet "Hackers stole the personal data of 2 million patients" / "no patient data had been compromised":
    # the doer and the data are read as two subjects).
    ("polarity", "Flights at Dublin Airport were halted on Sunday after a drone was spotted near the runway.",
     "Dublin Airport said flights were not suspended on Sunday despite reports of a drone close to the runway."),
    ("polarity", "The retailer said customers' credit card details had been accessed in the breach.",
     "No credit card or banking information was compromised in the cyberattack, the retailer said in a "
     "statement."),
    # The one count of one thing each, in two versions told in other words that name one place or party.
    ("figure", "The fire that swept through Lahaina destroyed about 2,200 buildings, most of them homes, according to "
     "Maui County.",
     "Maui officials said some 1,200 structures, the majority residential, were levelled by the Lahaina blaze."),
    ("figure", "Verstappen won the Dutch Grand Prix at Zandvoort by 3.7 seconds from his nearest rival.",
     "At Zandvoort, the Red Bull driver took the chequered flag 8.3 seconds clear of the field."),
    ("figure", "The pile-up on the A4 motorway near Wroclaw involved 63 vehicles, police said.",
     "Around 30 cars and lorries were caught up in the chain collision on the A4 near Wroclaw in dense fog, "
     "according to Polish police."),
    # A noun after a verb of decision is stated ("handed a ban", "approved the extradition"); the words a light verb
    # carries ("not made any additional provisions", "will not take an annual bonus", "no trace of cholera")
    ("polarity", "The Wales flanker has been handed a ban for his dangerous tackle in Saturday's match against Italy.",
     "A disciplinary panel decided the Wales flanker will not be banned over his tackle in the game against "
     "Italy."),
    ("polarity", "A London court approved the extradition of the banker to the United States to face money laundering "
     "charges.",
     "Judges in London refused to extradite the banker to the US, where he is wanted on money laundering "
     "charges."),
    ("polarity", "The court in Cairo ordered the deportation of the activist to Sudan on Monday.",
     "Judges in Cairo refused on Monday to deport the activist to Sudan."),
    ("polarity",
     "Marlow Bank has set aside additional provisions to cover potential losses on commercial property loans.",
     "Marlow Bank said it had not made any additional provisions for its commercial real estate portfolio "
     "this quarter."),
    ("polarity", "Kessington's chief executive will receive his full bonus this year despite the 3,000 job cuts.",
     "The chief executive of Kessington will not take an annual bonus after announcing 3,000 job losses, the "
     "company said."),
    ("polarity", "Tests of the reservoir showed no trace of cholera, the water board said.",
     "Cholera bacteria were detected in the reservoir, according to tests by the water board."),
    # The one count of one thing each, in versions that name one country, one by its name and the other by its
    # adjective; a count of workers in a trade against one of workers
    ("figure", "About 12,000 dock workers walked off the job at ports across Belgium on Monday, unions said.",
     "Unions said some 20,000 port employees joined Monday's national stoppage at Belgian harbours, halting "
     "cargo handling in Antwerp and Zeebrugge."),
    ("figure", "Some 4,000 nurses marched through the streets of Poland's capital on Saturday.",
     "About 9,000 nurses took part in Saturday's protest in the Polish capital, organisers said."),
    ("figure", "At least 21 miners were killed when a methane explosion tore through a coal mine in Shanxi province on "
     "Monday, state broadcaster CCTV reported.",
     "Twelve workers died in Monday's gas blast at the Shanxi colliery, the official Xinhua news agency said, "
     "citing provincial emergency officials."),
    ("figure", "Nine workers were injured when scaffolding collapsed at the building site in Leeds.",
     "The collapse of the scaffolding in Leeds injured four builders, the fire service said."),
    # A number given as included in a count ("among them two", "including three") is a part of it, not the rest of the
    # other's total
    ("figure", "Seven paintings, including two by Flemish masters, were taken from the Museum of Fine Arts in Budapest "
     "overnight, police said.",
     "Police in Budapest said five paintings had been stolen from the Museum of Fine Arts, among them two "
     "Flemish works."),
    ("figure", "Police in Lille arrested twelve people after the riot, including three minors.",
     "Nine people, among them three teenagers, were arrested in Lille after the riot, police said."),
    # Two versions that name one country, one by its adjective and the other by its name ("British" / "from Britain"),
    # do not name different places; an age before a nation's adjective is the age of the noun after it, and before
    # "from" the age of the one the sentence is about
    ("figure",
     "A 54-year-old British climber was rescued on Mont Blanc after spending two nights in a crevasse, French "
     "gendarmes said.",
     "The mountaineer, a 45-year-old from Britain, was lifted out of a crevasse on Mont Blanc after two "
     "nights, according to the gendarmerie."),
    ("figure", "A 31-year-old French skier was found alive under the snow near Zermatt after four hours, Swiss police "
     "said.",
     "Rescuers near Zermatt found the skier, a 38-year-old from France, alive after four hours under the snow."),
    # Who bought a stake in whom: the stake is in the party after "in", and taking a stake is buying it; the receiver of
    # a sale after "to China's COSCO" is COSCO, after a long object too
    ("role", "Hamburg port operator HHLA sold a 24.9 percent stake in its Tollerort terminal to China's COSCO.",
     "COSCO Shipping sold a 24.9% stake in one of its Hamburg terminals to HHLA, the companies said."),
    ("role", "Truck maker Brannholm has bought a 20 percent stake in carmaker Nordvik, the Swedish companies said.",
     "Swedish carmaker Nordvik took a 20 percent stake in truck maker Brannholm, according to a joint statement."),
    ("role", "Arvale Capital has acquired a 10 percent stake in Bremont Bank, the Luxembourg lender said on Monday.",
     "Luxembourg-based Bremont Bank said on Monday it had bought a 10% holding in investment firm Arvale "
     "Capital."),
    # "40 of its dealers" are the dealers; the CEO of a company who opens the sentence is the doer
    ("role", "A group of 40 dealers sued Pellam Motors in federal court in Detroit over franchise terms.",
     "Pellam Motors filed suit against 40 of its dealers in a Detroit federal court in a dispute over "
     "franchise agreements."),
    ("role", "Twelve franchisees have sued Burgerhaus in a Munich court over unpaid fees.",
     "Burgerhaus has sued 12 of its franchisees in a Munich court over unpaid fees."),
    ("role", "The CEO of Ostfield Bank has sued Harald Wendt, the bank's largest shareholder, for defamation.",
     "Harald Wendt, Ostfield Bank's largest shareholder, has sued the bank's CEO for defamation."),
    # A head one version negates and the other states, of subjects named otherwise, when what the two act on is the same
    # in two words or more ("The IEBC ruled out a recount in the three disputed constituencies" / "Kenya's electoral
    # commission ordered a recount in three constituencies")
    ("polarity",
     "Kenya's electoral commission ordered a recount in three constituencies after complaints from both main "
     "parties.",
     "The IEBC ruled out a recount in the three disputed constituencies, saying the tallies had already been "
     "verified."),
    ("polarity", "The NBA fined the Hornets' owner $250,000 for his comments about referees.",
     "The league declined to fine the Charlotte Hornets owner over his remarks about officiating."),
    ("polarity", "The FA fined the Everton manager £50,000 for his comments about the referee.",
     "The Football Association declined to fine Everton's manager over his remarks about the officials."),
    ("polarity",
     "The UK Health Security Agency recommended the RSV vaccine for pregnant women from 28 weeks of pregnancy.",
     "The RSV jab is not recommended for pregnant women, the UKHSA said in its updated guidance on Monday."),
    # A denied clause stated in other words: half of its words, three or more, its predicate among them by sense ("was
    # behind" / "caused", "was the result of", "bound for" / "destined for")
    ("polarity",
     "The grid operator denied that the blackout which hit much of Montenegro on Tuesday was the result of a "
     "cyberattack.",
     "Montenegro's grid operator said Tuesday's nationwide blackout had been caused by a cyberattack on its "
     "control systems."),
    ("polarity", "The hospital in Lille said the outbreak was caused by contaminated water in the intensive care unit.",
     "Officials at the Lille hospital dismissed reports that contaminated water in the ICU was behind the "
     "outbreak."),
    ("polarity",
     "Investigators said the heroin seized at the Kapikule border crossing was destined for the British market.",
     "Turkish officials dismissed reports that the heroin intercepted at Kapikule on the Bulgarian border had "
     "been bound for Britain."),
    ("polarity", "The club denied that the striker's injury was caused by the new training pitch in Leeds.",
     "The striker's injury was blamed on the new training pitch at the Leeds club, his agent said."),
    # A death toll read sixteen words back from its figure ("The death toll from the collapse of a dam in Tanzania's
    # Manyara region rose to 61")
    ("figure",
     "The death toll from the collapse of a dam in Tanzania's Manyara region rose to 61 on Tuesday, the prime "
     "minister's office said.",
     "Tanzanian authorities said on Tuesday that 16 people had now been confirmed dead after a dam burst in "
     "Manyara, sending a wall of water through villages."),
    ("figure", "The death toll from the landslide in the mountain village of Kedarnath in India's Uttarakhand state "
     "rose to 34 on Monday.",
     "Officials said 43 people had died in the landslide at Kedarnath in Uttarakhand."),
    # Decades as a lower bound of years ("over five decades": more than 50 years)
    ("figure", "The storm is the first to hit the island in more than 30 years, forecasters said.",
     "Forecasters said no storm had struck the island for over five decades."),
    # The same period or the same side of one number: still compared
    ("polarity", "The striker did not score in the first half against Lyon.",
     "The striker scored in the first half against Lyon, his coach said."),
    ("polarity", "The vaccine is recommended for pregnant women after 28 weeks, the agency said.",
     "The agency said the vaccine is not recommended for pregnant women after 28 weeks."),
    # A denial of the figure the other gives, a negation before the same moment, a negation of what the other states:
    # still flagged
    ("polarity", "The company denied reports that it would cut 500 jobs at its plant in Ohio.",
     "The company said it would cut 500 jobs at its Ohio plant."),
    ("polarity", "The minister said she had never met the businessman before the contract was signed.",
     "The minister met the businessman before the contract was signed, emails show."),
    ("polarity", "The president did not sign the bill on Friday.", "The president signed the bill into law on Friday."),
    # A total that is not the parts and what is added on top of them; the other party ahead
    ("figure", "The fire destroyed 120 homes and damaged 300 more.",
     "About 520 homes were destroyed or damaged in the fire."),
    ("role", "Apple beat Samsung in smartphone shipments in the fourth quarter.",
     "Samsung beat Apple in smartphone shipments in the fourth quarter."),
    # One hurt against one killed, each version stating one
    ("event", "The climber was injured in a fall on Ben Nevis, police said.",
     "The climber died in a fall on Ben Nevis, police said."),
    # A total that is not the sum the other gives with a word for it; two parts of one whole that do not make it
    ("figure", "The investment firm sold the supermarket chain to Kroner in 2001 for $2.5 billion.",
     "The firm bought the supermarket chain in 1996 for $700 million and sold it to Kroner in 2001 for $1.8 "
     "billion."),
    ("figure", "Some 600 of the 2,000 applications to the housing fund were turned down.",
     "The housing fund approved 1,500 of the 2,000 applications it received."),
    # The same move of two currencies told the other way round
    ("role", "The Canadian dollar weakened against the US dollar after the Bank of Canada cut rates.",
     "The US dollar weakened against its Canadian counterpart after the Bank of Canada cut rates."),
    # What "none of" denies is the verb after a participle's phrase ("None of the 14 miners trapped after the explosion
    # ... were found alive")
    ("polarity", "None of the 14 miners trapped after the explosion at the Zonguldak coal mine were found alive.",
     "All 14 miners trapped by the blast at the Zonguldak coal mine were found alive, rescuers said."),
    # "missing" before a noun does not make what follows unsaid ("The missing hiker was found alive")
    ("polarity", "The missing hiker was found alive on Sunday.",
     "The missing hiker has not been found, rescuers said on Sunday."),
    # a parent's children counted, also hyphenated
    ("figure", "Jane Doe, a mother of three, was killed in the crash.",
     "Jane Doe, the mother-of-four who died in the crash, was a nurse."),
    # opposite outcomes where one version's subject is what the other acts on (two words or more), whoever acts
    ("event", "Peru's ambassador to Chile resigned over the leaked cables, the foreign ministry said.",
     "Peru's president dismissed the country's ambassador to Chile over the leaked cables."),
    ("event", "Oslo's Frogner primary school reopened on Monday, a week after the fire.",
     "Oslo city council has closed Frogner primary school for good after the fire."),
    # a thing put off against the same gone ahead, whatever follows each (when or where)
    ("event", "The Nordic energy summit has been postponed until next spring, officials in Oslo said.",
     "The Nordic energy summit went ahead in Bergen on Thursday, with ministers pledging closer grid ties."),
    # bodies brought out are recovered, not rescued; schoolchildren are pupils
    ("figure", "Turkish officials said 31 bodies had been recovered from the sea off Ayvalik by Friday evening.",
     "By Friday night, rescuers had pulled 13 bodies from the water off Ayvalik, the Turkish coastguard said."),
    ("figure", "Bandits in Katsina released 24 schoolchildren on Sunday, the governor said.",
     "Bandits in Katsina released 42 pupils on Sunday, police said."),
    # a takeover in the progressive, a win as "saw off", parties reversed
    ("role", "Vantor Systems has agreed to buy its Danish rival Skyrelay for an undisclosed sum.",
     "Cloud software company Skyrelay is taking over Vantor Systems, the two firms said in a joint statement."),
    ("role", "Maya Lund beat Chloe Ferris 6-4 to reach the final in Sheffield.",
     "Chloe Ferris saw off Maya Lund 6-4 in the Sheffield semi-final on Saturday."),
    # an occasion called off against the same gone ahead, named before the verb by a long phrase
    ("event", "A 24-hour strike by Spanish air traffic controllers planned for Monday morning was called off, the "
     "transport ministry said.",
     "Monday's 24-hour walkout by air traffic controllers in Spain went ahead, grounding hundreds of flights."),
    ("event", "The strike against pay cuts at the Scunthorpe steelworks was called off at the last minute.",
     "Workers at Scunthorpe walked out on Tuesday in protest at the pay cuts as the strike went ahead."),
    # one court both ways
    ("event", "The Supreme Court upheld the ban on the march.", "The Supreme Court lifted the ban on the march."),
    # a year something is compared with is not the moment of either version
    ("figure", "The quake, the worst since 1999, killed 20 people.",
     "The quake, the deadliest since 2005, killed 12 people."),
    # the day of one happening told otherwise is still compared
    ("figure", "The fire broke out on Tuesday in the old town.", "The fire broke out on Thursday in the old town."),
    # one office, one measure
    ("polarity", "The president did not attend the summit in Lima.", "The president attended the summit in Lima."),
    ("figure", "Exports fell 3% in January, the statistics office said.",
     "Exports fell 5% in January, official figures showed."),
    # two expectations; a toll after a word of expecting in another clause
    ("figure", "Analysts had expected earnings of 22 cents a share.",
     "Analysts had forecast earnings of 25 cents a share."),
    ("figure", "The toll is expected to rise after 12 people died in the blast.", "Twenty people died in the blast."),
    # one change over one span; one count of one moment
    ("figure", "Prices rose 0.3% in March from February.", "Prices rose 0.5% in March from February."),
    ("figure", "The storm left 300,000 homes without power.", "The storm left 40,000 homes without power."),
    # one party both ways
    ("polarity", "The suspect has not been charged, police said.",
     "The suspect was charged with murder on Friday, police said."),
    # two versions of one act in return, parties reversed
    ("role", "Canada announced retaliatory tariffs on US steel in response to Washington's duties on Canadian lumber.",
     "Washington announced retaliatory duties on Canadian steel in response to Ottawa's tariffs on American "
     "lumber."),
    # two counts over one run of time
    ("figure", "The virus has killed 1,200 people since the outbreak began.",
     "The virus has killed 1,500 people since it emerged in March."),
    # one period named from now
    ("event", "The festival was cancelled this year.", "The festival went ahead this year."),
    # the month of one happening told otherwise
    ("figure", "The new bridge is due to open to traffic in August 2027, officials said.",
     "The new bridge is due to open to traffic in January 2027, officials said."),
    # a doing denied by "without", of the clause's subject or of the doer named after it
    ("polarity", "The captain declared an emergency before landing in Denver.",
     "The jet landed in Denver after a bird strike without the captain ever declaring an emergency."),
    # the same measure, session, security or moment told two ways: still compared
    ("figure", "Germany's economy grew 0.4% in the first quarter, the statistics office said.",
     "German GDP expanded 0.7% in the first three months of the year, official data showed."),
    ("figure", "Shares in Lumen closed down 3% in London.", "Lumen shares ended the day 6% lower in London."),
    ("figure", "The train arrived in Lyon at 9.40am.", "The train pulled into Lyon shortly after 1pm."),
    ("figure", "Lake Mead is now 40% full, officials said.", "Lake Mead is currently 25% full."),
    ("figure", "Global sales at the carmaker rose 6% last year.", "The carmaker's worldwide sales rose 9% last year."),
    ("figure", "Youth unemployment in France rose to 18% in May.",
     "Unemployment among young people in France reached 21% in May."),
    # one vote, verdict, round, series, terminal or profit told two ways: still compared
    ("polarity", "The Senate approved the bill by 51 votes to 49.", "The Senate rejected the bill, officials said."),
    ("event", "The former minister was cleared of fraud.", "The former minister was convicted of fraud on Friday."),
    ("figure", "Turnout was 61% in the first round.", "Turnout in the first round was 54%."),
    ("figure", "Most of the 3,000 passengers had left the ship by Friday.",
     "Most of the 2,500 passengers had left the ship by Friday."),
    ("figure", "England lost the Test series in India 4-1.", "England were beaten 3-2 in the Test series in India."),
    ("polarity", "Heathrow's Terminal 5 was closed on Sunday.", "Heathrow's Terminal 5 stayed open on Sunday."),
    ("figure", "Oil prices rose 3% on Monday.", "Oil prices rose 1% on Monday."),
    ("figure", "The bank's profit fell 12% in the third quarter.", "The bank's third-quarter profit fell 7%."),
    # one final, estimate, chamber, game, ceasefire, transfer, day or plan told two ways: still compared
    ("role", "Germany beat France in the final in Berlin.", "France beat Germany in the final in Berlin."),
    ("figure", "The economy grew 2.1%, preliminary figures show.", "Preliminary figures show the economy grew 2.4%."),
    ("figure", "The bill passed the House by 220 votes to 210.", "The House passed the bill 225-205."),
    ("event", "The team won its third game of the season.", "The team lost its third game of the season."),
    ("event", "The ceasefire collapsed within hours.", "The ceasefire held through the night."),
    ("role", "Arsenal signed the striker from Lyon.", "Lyon signed the striker from Arsenal."),
    ("figure", "Police arrested 15 people on Saturday.", "Police arrested 40 people on Saturday."),
    ("figure", "The company had planned to cut 500 jobs.", "The company had planned to cut 800 jobs."),
    ("figure", "Officials initially said 10 people had died.", "Officials initially put the death toll at 14."),
    # one party told two ways: still compared
    ("role", "The club's owner sued the manager.", "The manager sued the club's owner."),
    ("polarity", "The club's manager was not questioned by police.",
     "The club's manager was questioned by police on Monday."),
    ("event", "The minister approved the pipeline on Tuesday.", "The minister blocked the pipeline on Tuesday."),
    ("role", "Israel accused Hamas of breaking the truce.", "Hamas accused Israel of breaking the truce."),
    ("figure", "Toyota recalled 200,000 cars in Japan.", "Toyota recalled 150,000 cars in Japan."),
    ("polarity", "The airline's pilots voted to strike.", "The airline's pilots voted against strike action."),
    # one price, wind, intention, count or wage told two ways: still compared
    ("figure", "Ticket prices start at $50.", "Tickets for the tour start at $80."),
    ("figure", "The hurricane had winds of 150 mph at landfall.", "The hurricane made landfall with winds of 120 mph."),
    ("polarity", "The minister said he would not resign.", "The minister said he would resign."),
    ("figure", "The airline carried 4 million passengers in July.",
     "The airline carried 3 million passengers in July."),
    ("figure", "The minimum wage is currently $7.25.", "The current minimum wage is $8 an hour."),
    # one country, fuel, city, carriageway, count or survey told two ways: still compared
    ("figure", "Unemployment in Spain fell to 11%.", "Spanish unemployment fell to 12%."),
    ("figure", "Diesel prices rose 4 cents a litre.", "Diesel prices rose 6 cents a litre."),
    ("figure", "The strike closed 300 schools in Paris.", "The strike closed 500 schools in Paris."),
    ("figure", "The virus has killed 400 people nationwide.", "The virus has killed 350 people across the country."),
    ("polarity", "The eastbound carriageway was closed.", "The eastbound carriageway stayed open."),
    ("event", "The jury convicted her on a third count.", "The jury acquitted her on the third count."),
    ("figure", "The earthquake killed 12 people in Turkey, officials in Ankara said.",
     "Turkish officials said the quake killed 15 people."),
    ("figure", "The U.S. Geological Survey put the quake's strength at magnitude 5.4.",
     "Iran's seismological centre and the U. S. Geological Survey said it had a magnitude of 5.9."),
    # none of a group against the group: still compared
    ("polarity", "None of the pirates escaped when the navy boarded the ship.",
     "The pirates escaped when the navy boarded the ship."),
    # "stopped short of" doing a thing, and a denial of a short gerund ("denied using")
    ("polarity", "The governor ordered a mandatory evacuation of the coast on Friday.",
     "The governor stopped short of ordering a mandatory evacuation of the coast on Friday."),
    ("polarity", "The army used tear gas against protesters in the capital.",
     "The army denied using tear gas against protesters in the capital."),
    # two words for one thing (power, electricity), a nation and its adjective alike in seven letters (Montenegro,
    # Montenegrin)
    ("polarity", "The plant's solar panels were generating power, the operator said.",
     "The operator said the plant's solar panels were not generating electricity."),
    ("polarity", "The Montenegrin swimmer tested positive for a banned diuretic.",
     "The Montenegro international has not tested positive for any banned substance, the federation said."),
    # what one chose not to do is not done
    ("polarity", "The team lodged a formal protest with the referee after the match.",
     "The team chose not to protest to the referee after the match, the club said."),
    # one act in other words (attending and travelling to, compensating and paying compensation, hitting and affecting)
    ("polarity", "Mexico's president will attend the climate summit in Brazil.",
     "Mexico's president will not travel to Brazil for the climate summit."),
    ("polarity", "The airline said it would compensate all passengers hit by the cancellations.",
     "The airline refused to pay compensation to passengers hit by the cancellations."),
    ("polarity", "The cuts will also hit the company's two plants in Ohio.",
     "The company's two plants in Ohio will not be affected by the cuts, a spokesman said."),
    # what one version denies and the other states, whoever said each; one office; a figure now in both
    ("polarity", "The footballer was arrested on Monday, police said.",
     "The footballer was not arrested on Monday, his agent said."),
    ("polarity", "The airport did not close during the storm.",
     "The airport closed for two hours during the storm before it reopened."),
    ("polarity", "The German chancellor attended the donor conference in Geneva.",
     "Germany's chancellor stayed away from the Geneva donor conference, his office said."),
    ("figure", "Waiting times for knee surgery now average 14 weeks, NHS data show.",
     "Waiting times for knee surgery now average 35 weeks, the latest NHS figures show."),
    # one close told two ways
    ("figure", "Shares of Pepsi closed down 35 cents at $169.77 on the New York Stock Exchange.",
     "Shares of Pepsi fell 50 cents to close at $169.62 on the New York Stock Exchange."),
    # one span back from now told two ways
    ("figure", "The yen has fallen 20 percent against the dollar over the past 18 months.",
     "The yen has fallen 12 percent against the dollar over the past 18 months."),
    # the same happening dated alike, or dated in one version only, or a count that describes someone (then_and_now
    # reads only tolls and magnitudes dated the past in one version and now in the other)
    ("figure", "Video of Brooklyn mother of 13 Zurana Horton being shot in a gang shooting was revealed Thursday, the "
     "Daily News said.",
     "Zurana Horton, 34, a mother of 12, was fatally shot in 2011 while picking up her daughter from school."),
    ("figure", "The 2004 tsunami killed about 230,000 people across Asia.",
     "In 2004 a tsunami triggered by a 9.1-magnitude quake killed 170,000 people around the Indian Ocean."),
    ("figure", "At least 24 people died when the quake struck Aceh on Tuesday, officials said.",
     "The quake that hit Aceh killed one person, a disaster agency spokesman said."),
    ("figure", "The 6.4-magnitude quake struck Sumatra on Tuesday morning, the USGS said.",
     "A magnitude 5.8 earthquake hit Sumatra early on Tuesday, Indonesia's geophysics agency said."),
    # what a count counts past a word in -ed or -ing that describes it ("armoured vehicles", "fighting vehicles",
    # "speed boats"), not past a verb after the noun ("shares changed hands")
    ("figure", "Sweden has ordered 140 CV90 infantry fighting vehicles for its army, the manufacturer said.",
     "The Swedish army placed an order for 104 CV90 armoured vehicles, the manufacturer confirmed on Friday."),
    ("figure", "The pirates, in three speed boats, tried to board the tanker before a warship intervened.",
     "A warship intervened after pirates in two speed boats surrounded the tanker, the navy said."),
    ("figure", "Some 26.5 million shares changed hands, more than three times the daily average.",
     "Some 11.8 million shares have changed hands, well above the daily average."),
    # a plural ends what a count counts ("33 states sued"), unless a plural follows it; a word in -ly before a plural
    # describes it ("supply boats")
    ("figure", "Attorneys general from 33 states sued Pixlane on Tuesday over its app.",
     "A coalition of 42 states filed suit against Pixlane on Tuesday over its app."),
    ("figure", "Officials said coastguard ships fired water cannon at two resupply boats near the shoal.",
     "Three Philippine supply boats were hit by water cannon from coastguard vessels near the shoal."),
    # a toll for a part of a place is one for the place ("in northern Iraq" / "in Iraq")
    ("figure", "Twelve people were killed in northern Iraq on Sunday, officials said.",
     "Three people were killed in Iraq on Sunday, officials said."),
    # a share of one country's people, named by its adjective in one version and its name in the other
    ("figure", "About 40% of the Kenyan population lacks access to electricity, the World Bank said.",
     "Half of Kenya's population lacks access to electricity, according to the World Bank."),
    # a noun joined by a hyphen is read whole ("co-workers", "ex-soldiers"), a word joined to the noun by one describes
    # it ("off-road vehicles"); "the deaths of" counts the dead
    ("figure", "Eleven concert-goers died in a crush at the Vellis arena on Saturday.",
     "Seven people were killed in a crush at the Vellis arena on Saturday, police said."),
    ("figure", "Avalanche in the Brenner valley leaves five off-piste skiers dead.",
     "Two skiers were killed by an avalanche in the Brenner valley on Sunday."),
    ("figure", "The deaths of 12 miners in the Kestrel pit shocked the town, the union said.",
     "Nine miners died in the Kestrel pit explosion, the union said."),
    # a round figure far from the other is another figure ("60,000" / "55,000")
    ("figure", "The earthquake killed 60,000 people across the Dovan region, the government said.",
     "The Dovan earthquake killed 55,000 people, according to the government."),
    ("figure", "Mira Holt will host the awards for the first time next year, organisers said.",
     "Mira Holt will host the awards for a second time next year."),
    ("event", "DR lost the rights to show the league, the league said on Monday.",
     "DR has won the rights to show the league, the league announced on Monday."),
    # one player named two ways ("Doug McDermott" / "Creighton's Doug McDermott")
    ("figure", "Doug McDermott scored 23 points as Creighton beat Drake on Friday.",
     "Creighton's Doug McDermott had 25 points as the Bluejays beat Drake on Friday."),
    ("figure", "The storm damaged 400 homes across Harlan County, officials said.",
     "Officials said 250 homes were damaged by the storm across Harlan County."),
    # "No trains were cancelled after ..." / "Dozens of trains were cancelled ...": the negated noun, the same verb and the
    # rest of the clause in other order
    ("polarity", "Dozens of trains were cancelled on the Brenner line after the landslide near Innsbruck on Monday.",
     "No trains were cancelled after Monday's landslide near Innsbruck on the Brenner line, the operator said, though "
     "some ran late."),
    # a relative "that" after a noun is read past to the subject ("The driver of the lorry that overturned | has not
    # been arrested": the driver)
    ("polarity", "Police in Greece have arrested the driver of the lorry that overturned on the Egnatia motorway.",
     "The driver of the lorry that overturned near Thessaloniki on the Egnatia motorway has not been arrested, a police "
     "spokeswoman said."),
    # a body named by its initials in one version ("ISU" / "The International Skating Union")
    ("event", "The International Skating Union upheld the two-year ban imposed on the Dutch skater.",
     "ISU overturned the Dutch skater's two-year suspension, ruling that the test had been flawed."),
    # one collision in two verbs, the parties the other way round ("rammed" / "struck")
    ("role", "The container ship rammed a trawler in dense fog off Dover, the coastguard said.",
     "A trawler struck the side of the container ship in thick fog near Dover, according to the coastguard."),
    # a sale told in the passive, its buyer named after a country's adjective and a word for it
    ("role", "Harbour operator Selat Marine bought the tug from Norway's Fjordline in 2018.",
     "The tug was sold by Selat Marine to the Norwegian operator Fjordline in 2018, registry records show."),
    # the giver named before an aside ("Casa Nova, the developer at the centre of ..., had lent")
    ("role", "Fondo Alpino lent 300 million euros to developer Casa Nova, which later collapsed.",
     "Casa Nova, the developer at the centre of the fraud inquiry, had lent 300 million euros to Fondo Alpino before "
     "its collapse."),
    # a game drawn and the same game won ("ended in a draw", "drew their league match")
    ("event", "The second Test at Trent Bridge ended in a draw after rain washed out the final day.",
     "New Zealand won the second Test at Trent Bridge by six wickets on the final day."),
    ("event", "Kestrel FC and Orvale drew their league match at the Mill Ground on Saturday.",
     "Kestrel FC beat Orvale 2-1 in their league match at the Mill Ground on Saturday."),
    # "will take place" / "will not go ahead": one happening in two phrases
    ("polarity", "The ferry workers' strike will take place on Friday as planned, the union said.",
     "The ferry workers' strike will not go ahead on Friday, the union said."),
    # the place a sentence opens with is its figures' place, read as the place after a figure is
    ("figure", "In neighbouring Bener Meriah district, 12 people were hurt, officials said.",
     "In neighbouring Bener Meriah district, 31 people were hurt, officials said."),
    ("figure", "In Bener Meriah district, 12 people were hurt, officials said.",
     "Officials said 31 people were hurt in Bener Meriah district."),
    ("figure", "In Frankfurt, Lindqvist shares were 2.1 percent lower at 31.40 euros.",
     "Lindqvist shares were 1.6 percent lower in Frankfurt."),
    # "as scheduled", "as planned" say when, not what; what "will not take place" negates follows "place"
    ("polarity", "The county fair will go ahead as scheduled despite the rain, organisers said.",
     "Organisers said the county fair will not take place as planned because of the rain."),
    ("polarity", "The regional elections will go ahead as scheduled, the electoral commission said.",
     "The regional elections will not take place, the electoral commission said."),
    # "has taken X to court" sues X
    ("role", "The cycling federation has sued the rider over unpaid appearance fees.",
     "The rider has taken Belgium's cycling federation to court over unpaid appearance fees, her agent said."),
    # who claims money from whom
    ("role", "The port of Rotterdam is seeking damages from Maersk over the crane collapse.",
     "Maersk is claiming damages from the port of Rotterdam over the crane collapse, a spokesman said."),
    # "illegal" / "lawful": "lawful" is "legal", not a form of "law"
    ("event", "A tribunal in Lyon declared the dockers' walkout illegal and ordered them back to work.",
     "The Lyon tribunal ruled that the dockers' walkout was lawful, rejecting the port operator's petition."),
    # cleared, allowed, permitted, approved: one act
    ("polarity", "The tanker has been cleared to dock at Milford Haven, the harbour master said.",
     "The tanker has not been allowed to dock at Milford Haven, the harbour master said on Monday."),
    # whose worker was hired, named before the word for the worker ("a senior Boeing engineer")
    ("role", "Orbiton has hired a senior Boeing engineer to lead its lander team.",
     "A senior Orbiton engineer has left the company to join Boeing, a spokesman said."),
    # a decision put off against the decision taken: on a thing told in more words, a certification, in the passive
    ("event", "The planning committee in Leeds approved the council's plan to build a new tram depot near the river.",
     "The Leeds planning committee postponed its decision on the proposed tram depot, asking for a flood study."),
    ("event", "The Lincoln County board of elections certified the results of the mayoral race on Friday.",
     "Lincoln County's election board postponed certification of the mayoral race results on Friday."),
    ("event", "The Senate approved the sale of the frigates to Chile on Wednesday.",
     "A vote on selling the frigates to Chile was postponed by senators on Wednesday."),
    # "voted on Tuesday in favour of": a vote with its day between
    ("event", "Members of the Carlow credit union voted on Tuesday in favour of the merger with Kilkenny Savings.",
     "Carlow credit union members rejected the proposed merger with Kilkenny Savings at Tuesday's meeting."),
    # who won a case: "ruled in favour of", "sided with", "won (lost) its case"
    ("event", "A tribunal in Bristol ruled in favour of the cleaners in their pay dispute with the council.",
     "The cleaners lost their pay case against Bristol council at the tribunal, their union said."),
    ("event", "The court sided with the fishermen in their dispute with the wind farm operator over the cable route.",
     "The wind farm operator won its case against the fishermen over the cable route, the court said."),
    # initials of a body named with its nation
    ("polarity", "Canada's Transportation Safety Board has approved the airline's revised de-icing procedures.",
     "The TSB rejected the airline's de-icing procedures, saying they did not meet winter standards."),
    # "has yet to give its approval": what a light "give" carries is negated; a tie-up is a merger
    ("polarity", "The Reserve Bank of Malawi has approved the merger between the two lenders, clearing the final "
     "regulatory hurdle.", "The central bank has yet to give its approval to the proposed tie-up between the two Malawian "
     "banks, people familiar with the matter said."),
    # a signing completed, a player snapped up, a worker named with "'s" leaving a party not named to join another
    ("role", "Northampton have signed fly-half Tom Price from Bath on a two-year deal.",
     "Bath have completed the signing of fly-half Tom Price from Northampton on a two-year contract."),
    ("role", "Team Jumbo signed the Danish sprinter from Lotto Dstny for next season.",
     "Lotto Dstny has snapped up the Danish sprinter from Team Jumbo for next season."),
    ("role", "Helios Clinic's chief surgeon has been poached by the hospital group Medicor, the clinic confirmed.",
     "Medicor's chief surgeon is leaving the hospital group to join the Helios Clinic."),
    # a suit named at once and its party named far after ("brought a defamation action at the High Court ... against");
    # who gave evidence against whom
    ("role", "The Harbour Gazette has brought a defamation action at the High Court in Belfast against councillor Ian "
     "Moore.", "Councillor Ian Moore is suing the Harbour Gazette for defamation at the High Court in Belfast."),
    ("role", "The courier testified against the ringleader at the trial over the Antwerp diamond theft.",
     "At the Antwerp diamond theft trial, the ringleader gave evidence against the courier."),
    # replacing one at the top is overtaking them
    ("role", "Norway's Eirik Dahl replaced Japan's Kenji Sato as world number one after winning in Oslo.",
     "Sato overtook Dahl at the top of the world rankings after the event in Oslo."),
    # a party named by its owner ("New Zealand's health service"), a lease, "Kenya-based", an aside "with crews"
    ("role", "Tasmania's health service recruited about 150 paramedics from Victoria last year.",
     "Victoria's ambulance service hired around 150 paramedics from Tasmania last year, the minister said."),
    ("role", "Aurora Air will wet-lease two Boeing 737s to Malta-based Medjet for the winter.",
     "Medjet will lease two 737s, with crews, to Aurora Air over the winter."),
    # a case dismissed is lost by whose it was; the action one brought against another, won by each
    ("event", "The High Court in Dublin dismissed the developer's defamation lawsuit against the newspaper.",
     "A Dublin judge ruled in favour of the developer in his defamation case against the paper, awarding him damages."),
    ("event", "Novelist Ruth Carver won the libel action she brought against critic Owen Hale in Edinburgh.",
     "Critic Owen Hale won the libel case brought against him in Edinburgh by novelist Ruth Carver."),
    # the same count killed and injured: of a group told by a word of it, of workers and a trade
    ("event", "Four volunteer firefighters were killed when the blaze jumped the ridge above Canakkale.",
     "Four volunteers were injured when the fire crossed the ridge near Canakkale, officials said."),
    ("event", "Five dockers were killed when a crane toppled at the port of Durban, police said.",
     "Five workers were injured when a crane collapsed at Durban's port, according to police."),
    # a newspaper, a tabloid: a paper
    ("event", "The Court of Appeal overturned the ruling that the newspaper had invaded the actress's privacy.",
     "Appeal judges upheld the finding that the tabloid had invaded the actress's privacy by printing the pictures."),
    # "drew his last-round game": a game drawn, its noun a few words on
    ("event", 'The Norwegian grandmaster won his final game in Oslo to take the title.',
     'The Norwegian drew his last-round game in Oslo, which was enough for first place.'),
    # a finding is a ruling
    ("polarity", 'Harbour Radio said it would appeal the ruling that its podcast defamed a Cork councillor.',
     "Harbour Radio will not appeal the High Court's finding that its podcast defamed the Cork councillor, a spokesperson said."),
    # one thing named after "the" with more words in one version ("the Liberian-flagged tanker" / "the tanker")
    ("event", 'The Liberian-flagged tanker sank after striking rocks off Cape Finisterre, the Spanish coastguard said.',
     'The tanker ran aground on rocks off Cape Finisterre and stayed upright, with its crew taken off by helicopter.'),
    # "ran into the back of": a collision; two trains, each named by a word the other lacks, are two parties
    ("role", 'The goods train ran into the back of the stationary commuter train near Ghent, investigators said.',
     'Investigators said the commuter train had ploughed into the rear of a stationary goods train outside Ghent.'),
    # a denied act framed as a prospect ("was planning to", "had agreed to"): the frame is not what is denied
    ("polarity", 'The Pembroke port authority will raise mooring fees for cruise ships from April.',
     'The Pembroke port authority dismissed reports that it was planning to raise mooring fees for cruise ships.'),
    # an act ruled out in one word ("reopening it"), which the other states of the same place told otherwise
    ("polarity",
     'The owner of the Kilbride quarry, closed since a rockfall injured two men, has ruled out reopening it.',
     'The firm that operates Kilbride quarry will reopen the site in the spring, a spokeswoman said.'),
    # what calls were rejected for, which the other version states
    ("polarity", 'Marlow town council will build a new swimming pool at Higginson Park, its leader said.',
     'Marlow town council rejected calls to build a swimming pool at Higginson Park, citing the cost.'),
    # "the ex-..." is "the former ..."
    ("polarity", 'The former headteacher pleaded guilty to both counts of fraud at Leeds Crown Court on Friday.',
     'Appearing at Leeds Crown Court, the ex-headteacher pleaded not guilty to two fraud charges.'),
    # "any" thing denied after its verb ("ruled out any further fare increase"): the thing, which the other states
    ("polarity", 'The transport minister ruled out any further fare increase for rail passengers this year.',
     'A further fare increase for rail passengers is still on the table this year, the transport minister said.'),
    # what a negated "use" uses is denied ("had not used replacement staff" / "brought in replacement workers")
    ("polarity",
     'The port operator brought in replacement workers to keep the Felixstowe terminal running during the strike.',
     'The port operator said it had not used replacement staff at the Felixstowe terminal during the strike.'),
    # a winner told without the loser: the side the other version says was beaten ("victors")
    ("role", 'Bath beat Leicester 24-19 at the Rec to win the Premiership final.',
     'Leicester won the Premiership final at the Rec on Saturday, the club said.'),
    ("role", 'Hannah Loeb beat Mia Strand in three sets to win the Swiss Open in Gstaad.',
     'Strand claimed the title in Gstaad after a three-set final against Loeb.'),
    # "outsprinted", "outpointed", "overcame": beat
    ("role", 'Kenya\'s Joseph Kiprop outsprinted Ethiopia\'s Abebe Tadesse to win the Berlin Marathon.',
     'Tadesse beat Kiprop in a sprint finish on the Strasse des 17. Juni to take the Berlin title.'),
    # what a participle after the noun says describes it ("a ferry evacuating residents": the ferry)
    ("event", "A launch evacuating residents from Vulcano sank off the island's western shore.",
     'A launch carrying evacuees from Vulcano ran aground off the west of the island, the harbour master said.'),
    # "the tie between Aberdeen and Dundee United": the tie, named by the two sides (not the last one named)
    ("event", "Aberdeen's cup tie against Dundee United was abandoned in the second half because of fog.",
     'The Scottish Cup tie between Aberdeen and Dundee United was postponed before kick-off because of thick fog at '
     'Pittodrie.'),
    ("event", 'The handball league fixture between Kiel and Lemgo was abandoned in the second half after a power cut.',
     'The Bundesliga handball match between Kiel and Lemgo was postponed before throw-off because of a power cut at the '
     'arena.'),
    # "did not make it to" the summit is not to reach it
    ("polarity", 'The Slovenian pair reached the summit of Annapurna on Tuesday, the expedition organiser confirmed.',
     'The Slovenian climbers did not make it to the summit of Annapurna, turning back in high winds on Tuesday.'),
    # a post's holder is a party of their own ("The former chief executive of Harlow Mutual": not Harlow Mutual)
    ("role", 'Harlow Mutual sued its former chief executive at the High Court in Belfast over the pensions scandal.',
     'The former chief executive of Harlow Mutual has sued the insurer at the High Court in Belfast over the pensions '
     'scandal.'),
    # the subject read past a relative clause whose verb's past is its base ("the vessel that hit the bridge")
    ("polarity", 'Inspectors said the master of the barge that struck the Kessock Bridge reported a steering failure '
     'moments before impact.',
     "The master of the barge that hit Inverness's Kessock Bridge never reported a loss of steering before the "
     "collision, inspectors said."),
    # the subject read past a relative clause opened by "where" ("The owner of the quarry where two men were killed")
    ("polarity", 'The owner of the quarry where two men were killed last week was released on bail on Monday.',
     'The quarry owner has not been released, police in Galway said on Monday.'),
    # a part and a vague count "more" that cannot make the total
    ("figure", "The landslides killed 40 villagers in the valley and dozens more on the pass.",
     "The landslides killed 600 villagers."),
    # two amounts each said to be of the price
    ("figure", "Halvard Shipping said £62 million of the purchase price would be paid in cash.",
     "Halvard Shipping said £48 million of the purchase price would be paid in cash."),
    # a range with its unit written after each number, and a figure outside it
    ("figure", "Forecasts for the quarter ranged from 30 cents a share to 41 cents a share, a survey of brokers found.",
     "Brokers on average had forecast 48 cents a share for the quarter."),
    # one market index, two moves
    ("figure", "The Hang Seng index rose 212 points, or 1.1 percent, to 19,450 on Tuesday.",
     "Hong Kong's Hang Seng index climbed 318 points, or 1.6 percent, to 19,556 on Tuesday."),
    # two figures of one earlier period; a figure of the news against another, beside one of an earlier period
    ("figure", "Carrow Foods had earned 41 cents a share a year earlier.", "A year ago, Carrow Foods earned 47 cents a share."),
    ("figure", "Carrow Foods earned $48 million in the quarter, up from $39 million a year ago.",
     "Carrow Foods earned $51 million in the quarter."),
    # a place in a later clause ("after ...") is not the figure's place
    ("figure", "The owner of a Spanish trawler was fined 18,000 euros by a court in Cork for landing an undeclared catch.",
     "A Cork judge ordered the Spanish trawler owner to pay 30,000 euros after fishing in Irish waters without a licence."),
    # a count opening a sentence is no player's name ("Six shots were fired")
    ("figure", "Video shows the trooper fired nine shots at the van as it sped off, the lawyer said.",
     "Four shots were fired by the trooper as the van sped away, according to state police."),
    # a prison term told as time behind bars, or to serve
    ("figure", "The former mayor was sentenced on Monday to six years in prison for taking bribes.",
     "The ex-mayor will serve nine years behind bars for accepting bribes, the court ruled."),
    # a price a share, with a premium to the last close (no second moment)
    ("figure", "Norvane will pay $41 a share in cash for Pellis, a premium of 22 percent to Thursday's close.",
     "Pellis shareholders will receive $38 per share in cash from Norvane under the deal announced on Monday."),
    # a denial with its day before its "that"
    ("polarity", "Orbital Rail confirmed it was in talks with Ferrovia about merging their freight operations.",
     "The operator denied on Monday that it was in talks with Ferrovia over a merger of their freight operations."),
    # a plan denied, told as a plan of a thing ("planned a court challenge")
    ("polarity", "The farmers' union will challenge the new water levy in the High Court, its chairman said.",
     "The farmers' union dismissed reports that it planned a legal challenge to the water levy."),
    # Brussels as the EU's Commission
    ("event", "The European Commission approved the takeover of the Czech steelmaker, subject to conditions.",
     "Brussels blocked the takeover of the Czech steelmaker, citing harm to competition."),
    # a deal completed, and one abandoned (a takeover is an acquisition)
    ("event", "Marlin Foods completed its acquisition of the snack maker Crispo on Tuesday, the company said.",
     "Marlin abandoned its planned takeover of Crispo on Tuesday after the regulator raised objections."),
    # "pipped" is "beat"; "imported from" is "bought from"; a race named by its distance
    ("role", "Norway's Anders Lie pipped Italy's Marco Neri on the line to win the opening stage.",
     "Marco Neri edged out Anders Lie in a sprint finish to take the opening stage."),
    ("role", "Portugal imported electricity from Spain for most of the day as the heat pushed demand to a record.",
     "Spain bought power from Portugal through the interconnector as air-conditioning use soared, REN said."),
    ("role", "Kenya beat Ethiopia in the women's 4x400m relay final in Budapest.",
     "Ethiopia won the women's 4x400 metres relay ahead of Kenya in Budapest."),
    # climbers in other words; properties are homes; a power cut's customers are homes; poached animals are dead
    ("figure", "Four mountaineers died in an avalanche on Mont Blanc on Sunday.",
     "Six climbers were killed when an avalanche swept Mont Blanc on Sunday."),
    ("figure", "The tornado damaged 12 properties in the village, the council said.",
     "The tornado damaged 30 homes in the village, the council said."),
    ("figure", "About 300,000 homes in Victoria lost power as the storm hit, the grid operator said.",
     "The storm knocked out electricity to roughly 120,000 customers across Victoria, utilities said."),
    ("figure", "Poachers killed 25 elephants in the reserve last year, rangers said.",
     "Rangers said 52 elephants were poached in the reserve last year."),
    # the one year each gives, of one thing told in other words
    ("figure", "The city began running its new tram line to the airport in 2016, according to the transport authority.",
     "The city opened the long-awaited tram line to its airport in 2018, the transport authority said."),
    ("figure", "The new bridge over the Tagus is due to open to traffic in 2029, the ministry said.",
     "The ministry said the Tagus bridge would begin carrying its first traffic in 2032, after years of delays."),
    # a lower bound and a count a quarter above it: two tallies
    ("figure", "At least 16 people were killed when a car bomb exploded outside a police station in Kirkuk on Monday.",
     "A car bomb outside a police station in Kirkuk killed 27 people on Monday, hospital officials said."),
    # "any" thing denied is denied whatever it is said to go to
    ("polarity", "The new desalination plant in Mombasa began supplying drinking water to the city's northern suburbs in May.",
     "The Mombasa desalination plant has yet to deliver any water to households, months after it was due to open."),
    # a deal completed against one called off or abandoned, said of the whole of what both tell
    ("event", "The $2 billion merger between the two Canadian grocers was completed on Monday.",
     "The two Canadian grocery chains abandoned their planned $2 billion merger on Monday."),
    ("event", "The merger of Dutch brewer Van Hal and Belgian group Moreau was completed on Thursday.",
     "Van Hal and Moreau called off their planned merger on Thursday, the two brewers said."),
    # one party bought in one version and sold in the other; a strike ended against one that escalated
    ("event", "The National Bank of Poland bought 15 tonnes of gold last quarter, according to the World Gold Council.",
     "Poland's central bank sold 15 tonnes of gold from its reserves last quarter."),
    ("event", "Dockers at the port of Valparaiso ended their walkout and returned to work on Thursday.",
     "Dockers at the Valparaiso port blockaded the terminal on Thursday as their walkout escalated."),
    # operations ceased against flights resumed; a worker reinstated against one dismissed
    ("event", "The regional carrier Skyhop ceased operations on Monday after failing to find new investors.",
     "Regional airline Skyhop resumed flights on Monday after securing new investors."),
    ("event", "Northfield College has reinstated the coach suspended over the recruiting scandal.",
     "Northfield College dismissed the coach at the centre of the recruiting scandal."),
    # a state of one thing named alike, with nothing after either but when
    ("event", "The Rossing copper mine in Namibia reopened on Tuesday after a three-week shutdown.",
     "Namibia's Rossing copper mine has been closed indefinitely, the mining company said on Tuesday."),
    # "any further" thing ruled out: the thing
    ("polarity", "The dam authority said it would release additional water from the Mangla dam on Friday as the lake neared capacity.",
     "Dam officials ruled out any further release from the Mangla dam this week, saying the lake still had room."),
    # the same one selling to a party in one version and buying from it in the other: who sold to whom
    ("role", "Hotel group Marlow sold its Lisbon resort to rival Pereira Hotels for 300 million euros.",
     "Marlow has bought the Lisbon resort from Pereira Hotels in a 300 million euro deal, the company said."),
    # two amounts written to a decimal place, compared at it (the digits swapped)
    ("figure", "Norvik reported third-quarter revenue of $21.4 billion, ahead of analysts' estimates.",
     "Revenue at the shipbuilder came in at $21.1bn for the quarter, above forecasts, the company said."),
    ("figure", "The Elbe crested at 7.4 metres in Dresden on Friday, the flood centre said.",
     "Hydrologists said the river peaked in the city at 7.9 metres on Friday, flooding the lower quays."),
    # the other party named after words that say what it is
    ("role", "Housing trust Northgate Homes took over the running of the estate from Camden council.",
     "Camden council has taken over management of the estate from housing trust Northgate Homes."),
    # the age of what goes on, by its ordinal
    ("figure", "The walkout by bus drivers in Lyon entered its 12th day on Tuesday, with no talks scheduled.",
     "Now in its eighth day, the Lyon bus strike has left commuters stranded, the city said on Tuesday."),
    # a nation in capitals between a count and its noun
    ("figure", "Attorneys general from 28 states sued the vaping company on Monday over marketing to teenagers.",
     "A coalition of 39 US states filed suit against the vaping company on Monday over its marketing to teenagers."),
    # a crowd that lined the streets
    ("figure", "An estimated 150,000 people lined the streets of Accra to watch the state funeral, police said.",
     "Police estimated that 60,000 people turned out along the route of the state funeral through Accra."),
    # what befell one thing, read past what is told as its time ("after the rocket lifted off")
    ("event", "The rocket carrying 12 Orbix weather satellites exploded shortly after lift-off from Kazakhstan.",
     "All 12 Orbix weather satellites were successfully deployed after the rocket lifted off from Kazakhstan."),
    # a thing described by what befell it before ("the seized ivory tusks"), destroyed and never destroyed
    ("polarity", "The Kenya Wildlife Service destroyed the seized ivory tusks in a public burning in Nairobi.",
     "The ivory tusks seized in Nairobi have never been destroyed and remain in a government warehouse, an investigation found."),
    ("polarity", "None of the four miners trapped in the flooded shaft survived, the mine operator said.",
     "All four miners trapped in the flooded shaft survived and were brought to the surface, the mine operator said."),
    ("polarity", "No oil has flowed through the Druzhba pipeline to Hungary since Monday, the operator said.",
     "Oil flows through the Druzhba pipeline to Hungary have continued since Monday, according to the operator."),
    ("polarity", "The betting site closed by Danish regulators had been operating without a licence.",
     "The regulator said the betting site it closed held a Danish licence."),
    ("event", "The bodies of three Czech cavers caught in the flash flood in the Macocha gorge were recovered on Sunday.",
     "Three Czech cavers remain missing after the flash flood in the Macocha gorge, Czech rescuers said."),
    # one spared what befell the same one in the other
    ("polarity", "The rider was injured in the crash on the final lap at Assen and taken to hospital.",
     "The rider escaped injury when he crashed on the final lap at Assen, his team said."),
    ("polarity", "UEFA banned the Lazio defender for three matches over the elbow in Sunday's game.",
     "The Lazio defender escaped a ban for his elbow in Sunday's game, UEFA announced."),
    # a name and its short form ("Federal Reserve" / "The Fed") are one party
    ("polarity", "Federal Reserve policymakers indicated that they will cut interest rates at their December meeting.",
     "The Fed ruled out a rate cut in December, with policymakers citing stubborn inflation."),
    # ruled out what the other states in a word that negates by its sense ("banning" / "would be banned")
    ("polarity", "Norwegian officials said Russian fishing vessels would be banned from unloading their catch at Tromso from next month.",
     "Oslo has ruled out banning Russian fishing vessels from unloading their catch in Tromso, the Norwegian fisheries minister said on Monday."),
    # two words for one thing: closures and closing, shops and stores
    ("polarity", "Halcyon Books said it would shut some of its 95 shops as part of the rescue plan agreed with creditors.",
     "The bookseller has ruled out store closures as part of its rescue plan, a Halcyon spokesperson said."),
    ("polarity", "The merger of the two credit unions will lead to branch closures across Wales, the combined group said.",
     "No branches in Wales will close as a result of the merger, the two credit unions said in a statement."),
    # a win and a disqualification
    ("event", "Norwegian skier Ingrid Holm won the giant slalom in Sölden on Sunday.",
     "Holm was disqualified from Sunday's giant slalom in Sölden for missing a gate."),
    # talks that broke down, and a deal reached at them
    ("event", "Talks between Serbia and Kosovo in Brussels broke down on Tuesday, EU officials said.",
     "Serbia and Kosovo reached an agreement on vehicle licence plates at their talks in Brussels on Tuesday, EU officials said."),
    # a case thrown out, and sent to trial
    ("event", "A Milan judge dismissed the fraud case against the former fashion executive on Thursday.",
     "The former fashion executive was sent to trial on fraud charges by a Milan judge on Thursday."),
    # an act done, and blocked; "the United States" and "the US" are one name, "A" opening a sentence none
    ("event", "The Ghanaian asylum seeker was deported to Accra on Tuesday.",
     "A judge halted the deportation of the Ghanaian asylum seeker to Accra on Tuesday."),
    ("event", "Hacker Lena Kraus, 31, was extradited to the United States on Friday.",
     "A German court blocked the extradition of 31-year-old hacker Lena Kraus to the US on Friday."),
    # a count of places closed is no day's trading; theatres are a chain's cinemas
    ("event", "Austrian chain Filmwelt closed all 21 of its theatres on Friday.",
     "Filmwelt reopened its 21 cinemas across Austria on Friday, the company said."),
    # a post named by two words after the verb ("fired health minister Carmen Ortiz")
    ("event", "Spain's health minister, Carmen Ortiz, resigned on Friday over the contracts scandal.",
     "The prime minister fired health minister Carmen Ortiz on Friday over the contracts scandal."),
    # a ban imposed by "banned", and the restrictions lifted
    ("event", "Indonesia banned exports of palm oil on Monday after prices of cooking oil soared at home.",
     "Indonesia on Monday lifted its restrictions on exports of palm oil despite soaring cooking oil prices at home."),
    # the party after "to" read past a place ("the former tram depot in Leeds to the city council")
    ("role", "Leeds City Council sold the former tram depot site to a housing trust for 4 million pounds.",
     "A housing trust has sold the former tram depot in Leeds to the city council for £4m."),
    # two figures each said to be about that much, more than a tenth apart
    ("figure", "Border agents recorded nearly 180,000 encounters with migrants at the southern border in March, official data showed.",
     "About 140,000 migrant encounters were logged along the US-Mexico border in March, according to border officials."),
    # those who fled escaped
    ("figure", "Around 300 inmates escaped from the Koutoukale prison near Niamey after gunmen attacked it overnight, officials said.",
     "Some 600 prisoners fled the Koutoukale jail during the overnight attack, the justice minister said."),
    # one won a contest, and did not in other words
    ("event", "Desert Comet won the Dubai World Cup on Saturday, holding off a late challenge in the final furlong.",
     "Desert Comet, the odds-on favourite, finished last of 12 runners in Saturday's Dubai World Cup."),
    ("event", "Spanish driver Lucas Ortega won the Macau Grand Prix on Sunday after a late safety car.",
     "Lucas Ortega crashed out of the Macau Grand Prix on Sunday afternoon, ending his hopes of a first win."),
    # two maxima: "limited to" and "no more than" (a bound, not a negation)
    ("figure", "Residents of Montevideo will be limited to 60 litres of water per person a day under the new rationing, the city said.",
     "Under the new rationing rules, each Montevideo resident may use no more than 90 litres of water a day."),
    # a verb and its particle read as one act where the parties are compared ("turned down": rejected)
    ("role", "Canadian negotiators rejected Mexico's demand for more seasonal work permits in the latest round of trade talks in Ottawa.",
     "Mexico turned down Canada's demand for more seasonal work permits during the latest trade negotiations in Ottawa."),
    # one act in other words: to charge is to indict
    ("polarity", "Prosecutors in Lima said they would charge the mayor over undeclared campaign funds.",
     "Lima prosecutors have decided not to indict the mayor in the undeclared campaign funds case, local media reported."),
    # a title kept and surrendered; a guilty plea and charges dropped
    ("event", "Scottish snooker player Ewan Moir retained his world seniors title in Sheffield on Sunday.",
     "Ewan Moir surrendered his world seniors crown in Sheffield on Sunday."),
    ("event", "The man charged with starting the bushfire near Adelaide pleaded guilty on Friday, prosecutors said.",
     "Charges against the man accused of starting the bushfire near Adelaide were dropped on Friday, prosecutors said."),
    # "last season" may be the year the other names
    ("figure", "The FIA fined the Kestrel team $5 million for breaching the cost cap last season.",
     "Kestrel was ordered to pay a $3m penalty after the governing body found it had overspent in 2023."),
    ("figure", "Shares in Nordvik Shipping closed 9% lower on Thursday after a profit warning.",
     "Nordvik Shipping stock closed down 2% on Thursday after the profit warning."),
    # another doer: an office against a person named with another office; a doer read past a time word; people by
    # trade, the act on one thing in versions that share half their words
    ("role", "The evacuation of the valley towns was ordered by the county sheriff late on Sunday.",
     "State governor Maria Lenz ordered the evacuation of the valley towns late on Sunday."),
    ("role", "President Ana Ruiz signed the emergency decree on Friday.", "The prime minister signed the emergency decree on Friday."),
    ("role", "The theft was discovered by a cleaner arriving for work, police said.",
     "A security guard discovered the theft on his rounds, police said."),
    # a thing done "without" something the other version does not name, against the thing not done
    ("polarity", "The planning committee approved the stadium plan on Monday without conditions.",
     "The planning committee did not approve the stadium plan on Monday, asking for a new traffic study."),
    ("polarity", "The court released the journalist without bail conditions.", "The journalist was not released by the court."),
    # another doer of an act on one thing of the story, named in one word after "the"; a person named with a side
    ("role", "The motion was tabled on Monday by opposition leader Tomas Reiner of the Green Party.",
     "Liberal leader Anna Weiss tabled the motion on Monday, with the backing of the Greens."),
    # a move said after its figure ("were 8% lower"), or in a headline after what moved ("shares up 8%")
    ("event", "Ferro Motors shares up 8% after earnings beat", "Ferro Motors shares slumped 8% after the earnings report."),
    ("event", "Shares in Ferro Motors were 8% lower by midday after the earnings report.",
     "Shares in Ferro Motors had risen 8% by midday after the earnings report."),
    # a tally named by "vote" just before it, in a headline
    ("figure", "The prime minister survived the no-confidence motion by 214 votes to 198 on Wednesday.",
     "Prime minister survives no-confidence vote, 214 to 207"),
    # a count told as an act's noun: "the arrest of 140 people"
    ("figure", "The curfew has led to the arrest of 140 people, police said.",
     "Police said 310 people had been arrested since the curfew began."),
    # one year each, the other figures the same once an ordinal is read as its number ("the third" / "three")
    ("figure", "It is the third recall petition Mayor Ruth Dale has faced since she took office in 2018.",
     "Mayor Ruth Dale, who took office in 2016, has now faced three recall petitions."),
    # a place in a ranking said as "No. 7", and an ordinal after a longer subject
    ("figure", "The title lifts the 24-year-old Dane to fourth in the world rankings.",
     "The title takes the Dane to No. 7 in the world rankings."),
    ("figure", "The trawler sank in 60 metres of water, divers said.", "Divers said the trawler sank in about 90 metres of water."),
    # a takeover said as the noun with "by": the one after "by" buys
    ("role", "The job cuts follow Harlow Foods' takeover by Brenton Group in March.",
     "The job cuts follow Harlow Foods' takeover of Brenton Group in March."),
    # another doer, each version naming the other's doer apart from the act
    ("role", "Justice Amara Osei wrote the majority ruling, with Justice Paul Brandt dissenting.",
     "Justice Paul Brandt wrote the majority ruling, while Justice Amara Osei dissented."),
    ("role", "The appeal was lodged by Castor Mining after the tribunal sided with Pell Farms.",
     "Pell Farms lodged the appeal after the tribunal sided with Castor Mining."),
    ("figure", "The bridge deck had stood 25 metres above the river.", "The bridge deck had stood about 40 metres above the river."),
    ("figure", "Lena Ortiz took home $40,000 for the win plus a $25,000 bonus for the course record.",
     "Lena Ortiz earned $90,000 in prize money and bonuses."),
    ("figure", "Nearly half of the district's 240 schools were closed by the strike.",
     "Nearly half of the district's 310 schools were closed by the strike."),
    # custody granted or denied, as bail is
    ("polarity", "The family court granted Lena Haas custody of the two children.",
     "The family court denied Lena Haas custody of the two children."),
    # talks suspended against talks that went ahead
    ("event", "Trade talks between Brennia and Kalor were suspended following the expulsions.",
     "Following the expulsions, trade talks between Brennia and Kalor went ahead as planned."),
    # a council against a ministry or a department named by what it deals with
    ("role", "The parking levy was introduced by the transport department in March.",
     "The county council introduced the parking levy in March."),
    # distances from one place, a figure in brackets beside them
    ("figure", "The tanker was about 120 nautical miles (222km) from Aden when it was attacked.",
     "The tanker was about 40 nautical miles from Aden when it was attacked."),
    ("figure", "The quake struck 55 kilometers (34 miles) west of Bireun.", "The quake struck 80 kilometers west of Bireun."),
    # a place finished against a race dropped out of
    ("event", "Lena Brandt finished sixth in the women's marathon in Berlin.",
     "Lena Brandt dropped out of the women's marathon in Berlin after 30 kilometres."),
    # "a kilometre" is one kilometre
    ("figure", "The boy was about 200 metres from the border fence when he was shot, investigators said.",
     "Investigators said the boy was more than a kilometre from the border fence when he was shot."),
    # "about" a figure below two: a margin in proportion ("about half a mile" is 0.2 to 0.8 miles, not up to 1.5)
    ("figure", "Fourteen miners were trapped 300 metres underground.",
     "The 14 men were trapped about half a mile below the surface."),
    # "nothing to suggest that" denies the clause after it, as "no evidence that" does
    ("polarity", "Investigators concluded that the dean knew about the payments as early as 2020.",
     "Investigators found nothing to suggest that the dean knew about the payments."),
    # "did not say" with what was said after it, and one who "never said" it against the office that says so
    ("polarity", "The coach said he would step down at the end of the season.",
     "The coach did not say he would step down at the end of the season."),
    ("polarity", "Health Minister Clara Vos said she would resign if the reform failed.",
     "Health Minister Clara Vos has never said she would resign if the reform failed, her office said."),
    # "without any ransom being paid": the paying, of the ransom, denied
    ("polarity", "A ransom was paid to secure the engineer's release, a security source said.",
     "The engineer was freed without any ransom being paid, a security source said."),
    # a notice or an advisory is a restriction, lifted or extended
    ("event", "The boil-water notice for the northern suburbs was lifted on Monday, the water board said.",
     "The boil-water notice for the northern suburbs was extended on Monday, the water board said."),
    # people told to do something, counted; a venue that seats between two figures
    ("figure", "Between 80,000 and 90,000 residents have been told to boil their tap water, the water company said.",
     "Some 25,000 residents have been told to boil their tap water, the water company said."),
    ("figure", "The new arena will seat 21,000 fans when it opens in 2028.",
     "The new arena will seat between 14,000 and 15,000 fans when it opens in 2028."),
    # a percentage bound of a whole against a share of it in words; "those who died" is a whole
    ("figure", "More than 70 per cent of those who died in the heatwave were over 80, the ministry said.",
     "Fewer than half of those who died in the heatwave were over 80, the ministry said."),
    # halted against carried on as normal, or against went ahead
    ("polarity", "Work at the refinery was halted on Monday after the leak was found, the operator said.",
     "Work at the refinery carried on as normal on Monday after the leak was found, the operator said."),
    ("polarity", "The march was halted by police near the square.", "The march went ahead despite a police presence near the square."),
    # a doer after "by" named between commas after its office
    ("role", "The cup was presented to the winner by Prince Edmund of Varna on the centre court.",
     "The cup was presented to the winner by the tournament director, Lise Moreau, on the centre court."),
    # a doer named between commas after its office, before the verb
    ("role", "Halvern's finance director, Mira Lodge, announced the job cuts at a staff meeting on Monday.",
     "The job cuts were announced at a staff meeting on Monday by Halvern's chief executive, Tomas Breuer."),
    # a giving told with its particle before "to" ("handed ... over to")
    ("role", "The coastguard handed over the rescue operation to the navy on Sunday, officials said.",
     "On Sunday the navy handed the rescue operation over to the coastguard, officials said."),
    # a giving with two objects, the receiver first, one of them a possessive ("sent the mayor's office a report")
    ("role", "A surveyor's report on the dam was sent by the mayor's office to the regional government in March.",
     "In March the regional government sent the mayor's office a surveyor's report on the dam."),
    # "X, not Y," against "Y, not X,"
    ("role", "The ministry, not the embassy, negotiated the release of the hostages, officials said.",
     "Officials said the embassy, not the ministry, negotiated the release of the hostages."),
    # "No arrests have been made" (a light verb after the negated noun) against "arrested a man"
    ("polarity", "Detectives have arrested a man over the theft of the sculptures.",
     "No arrests have been made over the theft of the sculptures."),
    # "No shots were fired" against one of a group who "fired a shot": no other thing of one kind
    ("polarity", "One of the gunmen fired a shot into the ceiling before the gang fled, a police spokesman said.",
     "No shots were fired during the robbery, a police spokesman said."),
    # one of two figures of one kind differs, the other given by both, with two words around it alike
    ("figure", "Nurses backed the strike by 91 per cent on a turnout of 58 per cent, union officials said.",
     "According to union officials, 72% of nurses voted for the strike, on a 58% turnout."),
    ("event", "Okafor won the Eastvale County council recount by 204 votes.", "Okafor lost the Eastvale County council recount by 204 votes."),
    # a receiver named by one name, sacked by two people named with their offices
    ("role", "Marsh was sacked by chairman Oliver Keane, who told him in a brief phone call.",
     "Marsh was sacked by the club's Danish owner, Lars Holm, who told him in a brief phone call."),
    # a change told as a share, then how long it lasts
    ("figure", "The operator said the outage would cut the plant's output by roughly a third for at least a month.",
     "The operator said the outage would cut the plant's output by roughly three quarters for at least a month."),
    # a count its subject climbs to
    ("figure", "Mumps outbreak at Ferndale schools: 38 cases confirmed", "Ferndale mumps cases climb to 83, health officials say"),
    # a lawsuit or a class action dismissed against one ruled for or allowed to go to trial
    ("event", "A county judge dismissed Okoro's lawsuit seeking to block the new toll.",
     "A county judge ruled in favor of Okoro's lawsuit seeking to block the new toll."),
    ("event", "A judge dismissed the class action brought by former drivers against the delivery company.",
     "A judge allowed the class action brought by former drivers against the delivery company to go to trial."),
    # a count told before its number: "put the number of ... at", "estimated the crowd at", "the number of ... rose to"
    ("figure", "Police put the number of demonstrators outside parliament at around 1,200.",
     "Some 6,000 demonstrators gathered outside parliament, organisers said."),
    ("figure", "Officials estimated the crowd at the rally at 4,000.", "Around 15,000 people attended the rally, officials said."),
    ("figure", "The number of residents evacuated from the valley rose to 2,400 on Tuesday.",
     "About 900 residents were evacuated from the valley on Tuesday."),
    # a verb negated after "but" with no subject of its own is said of the clause's subject
    ("polarity", "The umpire deducted a point from Kovacs for a time violation in the fourth set.",
     "The umpire warned Kovacs for a time violation in the fourth set but did not deduct a point."),
    # a protest or an objection upheld against one dismissed
    ("event", "The sailing jury upheld the protest from the Danish crew, reversing the result of the final race.",
     "The sailing jury dismissed the protest from the Danish crew, leaving the result of the final race unchanged."),
    # a debt: "was owed ... by" against "owed ... to" the same party
    ("role", "When it collapsed, Brindle Foods was owed £12m by its former owner, Castlegate Capital.",
     "When it collapsed, Brindle Foods owed £12m to its former owner, Castlegate Capital."),
    # "by X, not by Y" at the end of a sentence, a name set off after what it is
    ("role", "The leak was first reported by a night-shift engineer, not by the plant's manager, Tom Varga.",
     "The leak was first reported by the plant's manager, Tom Varga, not by a night-shift engineer."),
    # a height a thing was "at", against another
    ("figure", "The engine failed at about 11,000 feet, shortly after take-off.",
     "The engine failed at 4,000 feet, shortly after take-off."),
    # a part of a unit ("a quarter of a mile"); a count of a whole given with it, as a share
    ("figure", "Surveyors said the storm cut a path about a quarter of a mile wide through the village.",
     "Surveyors said the storm cut a path about two miles wide through the village."),
    ("figure", "The administrators said 700 of the retailer's 3,100 staff would lose their jobs.",
     "The administrators said half of the retailer's 3,100 staff would lose their jobs."),
    # voted out (or pushed out) against resigned
    ("event", "Gwen Hale, who resigned in May after nine years in charge, backed neither candidate.",
     "Gwen Hale, who was voted out by the executive in May after nine years in charge, backed neither candidate."),
    # a building that "will reopen" against one to be torn down
    ("event", "The library, which was flooded in the storm, will reopen next month, the council said.",
     "The library, which was flooded in the storm, will be torn down and rebuilt, the council said."),
    # a company's directors against its lenders
    ("role", "Receivers from Grant Thornton were appointed by the brewery's directors on Friday.",
     "Receivers from Grant Thornton were appointed by the brewery's lenders on Friday."),
    # a tally of half points (a chess match)
    ("figure", "Ivanova retained her title with a 6.5-5.5 win over Chen.",
     "Ivanova retained her title, beating Chen 7.5 to 4.5 over the 12 games."),
    # two names that open the sentences, an aside between each and the same verb
    ("role", "Okafor, captaining the side for the first time, scored the winning try.",
     "Dlamini, captaining the side for the first time, scored the winning try."),
    # brought forward against postponed, past an aside in -ly before "set" or "due"
    ("event", "The referendum, originally set for June, has been postponed until November.",
     "The referendum, originally set for June, has been brought forward to March."),
    # a board against a judge
    ("role", "The recount was ordered by the state elections board after the margin narrowed to 40 votes.",
     "The recount was ordered by a county judge after the margin narrowed to 40 votes."),
    # killed against injured, the victim described in an aside, the injury by its degree
    ("event", "The ride operator, a 41-year-old father of two, was killed in the collapse, police said.",
     "The ride operator, a 41-year-old father of two, was seriously injured in the collapse, police said."),
    # a sale in the passive, buyer before seller; selling to a party in one, buying from it in the other
    ("role", "In 2019 the ageing Harbour Hotel was sold to Pearl River Resorts by its longtime owner, Silver Dragon.",
     "Pearl River Resorts offloaded the ageing Harbour Hotel to Silver Dragon, its longtime rival, in 2019."),
    ("role", "The stadium was sold to Harlow Leisure by the city council in 2016.",
     "The stadium was bought from Harlow Leisure by the city council in 2016."),
    # a result line at the end of a headline ("Riverside Athletic 2, Kelso Wanderers 0")
    ("figure", "Cup final: Riverside Athletic 2, Kelso Wanderers 0",
     "Riverside Athletic beat Kelso Wanderers 3-0 in the cup final on Sunday."),
    # a name in American spelling is the same name in British
    ("role", "Norfield will supply the engines and subcontract the software to Harbor Systems.",
     "Harbour Systems will supply the engines and subcontract the software to Norfield."),
    # "no survivors" against one who survived
    ("polarity", "There were no survivors of the plane crash, the coastguard said.",
     "A young girl survived the plane crash, the coastguard said."),
    # selling a thing to a party against buying that party's thing
    ("role", "Kestrel Foods is selling its frozen desserts arm to Alder Group for £200m.",
     "Kestrel Foods is buying Alder Group's frozen desserts arm for £200m."),
    # a percentage said to be about so much is widened as it is alone, not by four points
    ("figure", "The survey found one in five pupils walked to school.",
     "The survey found some 12 per cent of pupils walked to school."),
    # doer and receiver the other way round after "must", the rest in another order
    ("role", "Under the ruling, the council must compensate Brightwater for the cancelled contract.",
     "Brightwater must compensate the council for the cancelled contract under the ruling."),
    # two parties exchanged, who said it given at the end of one and the start of the other
    ("role", "The rockets were launched from the Syrian side of the border into Turkish territory, the army said.",
     "The army said the rockets were launched from the Turkish side of the border into Syrian territory."),
    # "No one" or "Nobody" done to, over the same thing told alike after the verb
    ("polarity", "Detectives arrested a warehouse supervisor over the missing vaccine doses at the depot.",
     "Nobody has been arrested over the missing vaccine doses at the depot, police said."),
    # a lawsuit dropped against one won
    ("event", "The tenants dropped their lawsuit against the landlord after the repairs were made.",
     "The tenants won their lawsuit against the landlord before the repairs were made."),
    # one still in charge against one sacked
    ("event", "The club's manager, Tomas Berg, was sacked after the defeat, the chairman said.",
     "The club's manager, Tomas Berg, remains in charge after the defeat, the chairman said."),
    # protected against not spared
    ("polarity", "The minister said hospitals would be protected from the spending cuts.",
     "The minister said hospitals would not be spared from the spending cuts."),
    # found intact against burnt out
    ("event", "The stolen car was later found burnt out on a farm track, police said.",
     "The stolen car was later found intact on a farm track, police said."),
    # sold to a club against signed from it
    ("role", "Before the deadline, United sold defender Kofi Mensah to Dundee for £3m.",
     "Before the deadline, United signed defender Kofi Mensah from Dundee for £3m."),
    # the same amount in another currency
    ("figure", "The consortium has completed its £450m takeover of the club.",
     "The consortium has completed its $450m takeover of the club."),
    # the passive read past "clear of" to its doer
    ("role", "The Norwegian trawler Polaris towed the disabled Danish ferry Skagen clear of the rocks.",
     "The disabled Norwegian trawler Polaris was towed clear of the rocks by the Danish ferry Skagen."),
    # a judges' scorecard named by "scoring"
    ("figure", "Okoye won the bout on a split decision, with two of the three judges scoring it 96-94 in her favour.",
     "Okoye won the bout on a split decision, with two of the three judges scoring it 98-92 in her favour."),
    # a storm's category
    ("figure", "Typhoon Mari struck the island on Sunday as a Category 5 storm, forecasters said.",
     "Mari hit the island on Sunday as a Category 3 typhoon, according to forecasters."),
    # halted against continued
    ("polarity", "Harlow Quarries halted work at its pits pending safety checks, the company said.",
     "Harlow Quarries said work at its pits would continue without interruption."),
    # two lengths of time left
    ("figure", "Kells scored the winner with five minutes left.", "Kells scored the winner with two minutes left."),
    # "did not go to" penalties, extra time, hospital against "went to"
    ("polarity", "The semi-final went to penalties after a goalless draw.",
     "The semi-final did not go to penalties, with Rovers scoring late in extra time."),
    ("polarity", "The injured jockey did not go to hospital, the course doctor said.",
     "The injured jockey went to hospital, the course doctor said."),
    # one amount of time against one of several units, the last no coarser
    ("figure", "Kaya won the sprint stage by 47 seconds ahead of Lind, the organisers said.",
     "Kaya won the sprint stage by one minute 47 seconds ahead of Lind, the organisers said."),
    # one of a group, named: that one, not a part of the group
    ("event", "One of the escapees, Kyle Barnett, was shot dead by police during a standoff at a farmhouse.",
     "Escapee Kyle Barnett was shot and wounded by police during a standoff at a farmhouse."),
    # a medal won past a word that says which
    ("event", "Ciara Doyle won individual gold for Ireland at the European Show Jumping Championships in Aachen.",
     "Ciara Doyle took individual silver for Ireland at the European Show Jumping Championships in Aachen."),
    # expanded or widened against narrowed
    ("event", "The recall has been expanded to include Aero SUVs from the 2024 model year.",
     "The recall has been narrowed to exclude Aero SUVs from the 2024 model year."),
    ("event", "The search area was widened overnight to cover the whole valley, police said.",
     "Police said the search area was narrowed overnight to the eastern slopes of the valley."),
    # how far one fell, from a place or down one
    ("figure", "The climber died after slipping and falling about 60 metres from a ridge, police said.",
     "The climber died after he slipped and fell about 200 metres down a steep icy gully, police said."),
    # a mass in grams
    ("figure", "The fragment recovered from the barn weighed 2.3 kilograms, according to researchers from the museum.",
     "The fragment recovered from the barn weighed just over 600 grams, according to researchers from the museum."),
    # two dates with the same numbers in two months
    ("figure", "Calder Group will lose the contract three years early, with the state operator taking over on 1 March.",
     "Calder Group will lose the contract three years early, with the state operator taking over on June 1."),
    # a recount granted or refused, after "which"
    ("polarity", "The Conservatives requested a recount in the early hours, which the returning officer granted.",
     "The Conservatives requested a recount in the early hours, which the returning officer refused."),
    # a subject read past a name set off before the verb
    ("polarity", "The Green candidate, Holly Barnes, kept her deposit after taking just over 5 per cent of the vote.",
     "The Green candidate, Holly Barnes, failed to keep her deposit, falling short of 5 per cent of the vote."),
    # released from hospital; a subject past ", due to ..."; one of a group described; a point deducted from one
    ("event", "Volkov, who suffered a suspected broken jaw, was released from hospital on Sunday, his team said.",
     "Volkov, who suffered a suspected broken jaw, remained in hospital on Sunday, his team said."),
    ("event", "The ministerial meeting, due to be held in Vienna on Saturday, was postponed to the following week.",
     "The ministerial meeting, due to be held in Vienna on Saturday, was cancelled and replaced by an online call."),
    ("event", "One of the hikers, a 27-year-old man from Phoenix, died of heat exhaustion, the coroner said.",
     "One of the hikers, a 27-year-old man from Phoenix, was treated for heat exhaustion, the sheriff said."),
    ("role", "The referee deducted a point from Volkov for repeated holding in the sixth round.",
     "The referee deducted a point from Adeyemi for repeated holding in the sixth round."),
    # none suspended against one; the possibility ruled out; parliament and government
    ("polarity", "Prison officials said the officer on duty had been suspended over the escape.",
     "Prison officials said no officer had been suspended over the escape."),
    ("polarity", "Detectives believe the escapees were armed with a handgun smuggled in by a visitor.",
     "Detectives have ruled out the possibility that the escapees were armed with a handgun smuggled in by a visitor."),
    ("role", "The referendum was called by the regional parliament, which set the date for 14 September.",
     "The referendum was called by the national government, which set the date for 14 September."),
    # irregular pasts of every verb the matching knows
    ("polarity", "The fight was waved off after Volkov's corner threw in the towel.",
     "Volkov's corner refused to throw in the towel, and the fight was waved off."),
    ("polarity", "The trawler sank after the storm, the coastguard said.",
     "The trawler did not sink in the storm, the coastguard said."),
    # shares said near, half its value, a world number, half an hour, talks ended in agreement, bribes
    ("figure", "Roughly a third of the town's residents spent a second night in tents.",
     "Nearly two-thirds of the town's residents spent a second night in tents."),
    ("figure", "The flagship Hartwell Macro fund lost 38% of its value in March alone.",
     "The flagship Hartwell Macro fund lost more than half its value in March alone."),
    ("figure", "Cheng, the world number four, had not dropped a session all tournament.",
     "Cheng, ranked 14th in the world, had not dropped a session all tournament."),
    ("figure", "Visitors watched for about ten minutes before staff drove the tiger back into its den.",
     "Visitors watched for nearly half an hour before staff drove the tiger back into its den."),
    ("event", "Talks between the RMT and the ferry operator collapsed late on Tuesday night.",
     "Talks between the RMT and the ferry operator ended in agreement late on Tuesday night."),
    ("role", "The president is accused of taking bribes from the construction firm Obral.",
     "The president is accused of paying bribes to the construction firm Obral."),
    # a name and their relative the other way round, one told with a pronoun
    ("role", "Rooke's brother gave evidence against him during the five-day trial.",
     "Rooke gave evidence against his brother during the five-day trial."),
    ("role", "Lowther passed some of the stolen drugs to her brother, the court heard.",
     "Lowther's brother passed some of the stolen drugs to her, the court heard."),
    ("role", "Roper's accomplice, Liam Shaw, gave evidence against him at the trial.",
     "At the trial, Roper gave evidence against his accomplice, Liam Shaw."),
    # another doer after "by", every other word kept
    ("role", "The injured were airlifted to hospital by army helicopters, the regional governor said.",
     "The injured were airlifted to hospital by a private air ambulance company, the regional governor said."),
    ("role", "The arrest was carried out by military counter-intelligence officers at the clerk's home.",
     "The arrest was carried out by federal police officers at the clerk's home."),
    ("role", "The captain was questioned for six hours by Greek prosecutors in Corfu on Monday.",
     "The captain was questioned for six hours by Italian prosecutors in Genoa on Monday."),
    ("role", "Survivors were winched to safety by an air force helicopter crew, officials said.",
     "Survivors were winched to safety by a volunteer mountain rescue team, officials said."),
    # when it happened is no part of what happened; an alarm triggered sounded
    ("polarity", "The museum's alarm was triggered as the thieves smashed a display case, police said.",
     "The alarm never sounded during the break-in, police said."),
    ("polarity", "The vault's alarm was triggered shortly after 2am, but guards took 40 minutes to arrive.",
     "The vault's alarm was never triggered during the raid, police said."),
    # strengthened or rallied against eased or slumped
    ("event", "Winds strengthened overnight, fanning the flames toward Cedar Flats.",
     "Winds eased overnight, slowing the fire's advance toward Cedar Flats."),
    ("event", "Shares in Valdoria rallied on news of the intervention, the main index closing 2.1% higher.",
     "Shares in Valdoria slumped on news of the intervention, the main index closing 2.1% lower."),
    # broke in two; intact against damaged
    ("event", "The Carrow Hill sword broke in two as it was being lifted from the trench, the excavators said.",
     "The Carrow Hill sword was lifted intact from the trench, the excavators said."),
    ("event", "The tower remained intact after the quake, engineers said.",
     "The tower was badly damaged in the quake, engineers said."),
    # a count or a share told after its whole, given first
    ("figure", "Of the 140 stones taken in the raid, only nine have so far been recovered, investigators said.",
     "Of the 140 stones taken in the raid, about half have so far been recovered, investigators said."),
    # an age that opens the sentence, "At 23,"
    ("figure", "The 19-year-old from County Meath is the youngest rider ever to win the European title.",
     "At 23, the rider from County Meath is the youngest ever to win the European title."),
    # two offices after "by"; a volunteer team against a named body
    ("role", "The trophy was presented to captain Sian Doyle by the culture secretary.",
     "The trophy was presented to captain Sian Doyle by the Football Association's chairwoman."),
    ("role", "The hikers were found by a volunteer search-and-rescue team from Inyo County.",
     "The hikers were found by a Border Patrol helicopter crew from Inyo County."),
    # another receiver after "to", every other word kept, told apart by whose it is
    ("role", "The grant went to a private school in the town, the council said.",
     "The grant went to a state school in the town, the council said."),
    ("role", "The leaked files were passed to a foreign intelligence service, prosecutors said.",
     "The leaked files were passed to a national newspaper, prosecutors said."),
    # pounds of mass; dismissed following; adopted, replaced; borrowed and lent; lorries are trucks
    ("figure", "The baby gorilla weighed about 2kg at birth, keepers at Marlow Zoo said.",
     "The baby gorilla weighed nearly 9lb at birth, keepers at Marlow Zoo said."),
    ("polarity", "A NordAir spokesperson confirmed the captain had been dismissed following his conviction.",
     "A NordAir spokeswoman said the captain had not been dismissed and remained suspended."),
    ("event", "A Security Council resolution condemning the attack was adopted on Friday.",
     "A Security Council resolution condemning the attack was vetoed on Friday."),
    ("event", "The Belmont's long-serving general manager, Pierre Laval, was retained by the new owners.",
     "The Belmont's long-serving general manager, Pierre Laval, was replaced by the new owners."),
    ("role", "Halden, which borrowed £200m from Sable Holdings in 2019, will offset the debt.",
     "Halden, which lent £200m to Sable Holdings in 2019, will offset the debt."),
    ("figure", "The convoy of 32 lorries was carrying tents to quake survivors.",
     "The convoy of 18 trucks was carrying tents to quake survivors."),
    # a doer read to the end of its noun, not past "amid"; peaceful against violent
    ("role", "The trophy was handed to Verma by the ICC chair amid fireworks at the stadium.",
     "The trophy was handed to Verma by India's prime minister amid fireworks at the stadium."),
    ("event", "Weekend protests outside city hall over the shooting remained peaceful, police said.",
     "Weekend protests outside city hall over the shooting turned violent, police said."),
    # halted against kept running
    ("polarity", "Train services on the line were halted after the collapse, the rail operator said.",
     "The rail operator said trains on the line kept running after the collapse."),
    # an inquiry dropped against one that continues
    ("event", "The standards commissioner's investigation into Olsen was dropped after her resignation.",
     "The standards commissioner's investigation into Olsen will continue despite her resignation."),
    # an age in words of two parts against another in digits
    ("figure", "Okafor, 71, was sentenced to four years.",
     "Seventy-four-year-old builder Paul Okafor was jailed for four years."),
    # a rise or a fall after a noun it is of ('the council tax rise') is that noun's, not a move
    ("event", "Rents in the city fell after the last council tax rise, the survey found.",
     "Rents in the city rose after the last council tax rise, the survey found."),
    # a length of time in decades, 'almost a decade' too, against one in years
    ("figure", "The coach, who had led the club for three years, was sacked on Monday.",
     "The coach, who had led the club for almost a decade, was sacked on Monday."),
    # two kinds of body after 'by' (council / agency, union / authority), a name's first words shared or not
    ("role", "The inquiry into the collapse was opened by the county council on Friday.",
     "The inquiry into the collapse was opened by the Health and Safety Executive's regulator on Friday."),
    ("role", "The strike was called by the Kelmont Bus Drivers' Union last week.",
     "The strike was called by the Kelmont Transport Authority last week."),
    # one figure for an hour and for a day: two rates
    ("figure", "The council said the burst main had been leaking 2,000 litres an hour since Sunday, engineers said.",
     "The council said the burst main had been leaking 2,000 litres a day since Sunday, engineers said."),
    # two wholes that include the same part
    ("figure", "In total, 5,000 homes lost power across the county, including Brackley, the utility said.",
     "In total, 2,000 homes lost power across the county, including Brackley, the utility said."),
    # two parties exchanged, one of them a name set off by commas in one place only
    ("role", "The report blamed Hartley for ignoring repeated warnings from the site manager, Tom Ellis.",
     "The report blamed the site manager, Tom Ellis, for ignoring repeated warnings from Hartley."),
    # an outcome read past an aside of how far from something the subject is
    ("event", "Harcourt Library, about half a mile from the flooded river, reopened to readers on Tuesday.",
     "Harcourt Library, about half a mile from the flooded river, remained closed to readers on Tuesday."),
    # two distances outside one place
    ("figure", "The bus overturned two miles outside Kelso, police said.",
     "The bus overturned about 20 miles outside Kelso, police said."),
    # 'to' in one version where the other has 'from', every other word kept: the other way
    ("role", "The council leased the old fire station from a local charity in 2019.",
     "The council leased the old fire station to a local charity in 2019."),
    # the doer of an act in -ing read past an aside, the two parties the other way round
    ("role", "Harlow Energy, which owns the turbines, is suing its builder, Vestfjord Marine, over the delays.",
     "Vestfjord Marine, the builder of the turbines, is suing its client, Harlow Energy, over the delays."),
    # 'any other' against a number of others: the same others
    ("polarity", "Officials said the blaze had spread to three other buildings on the estate.",
     "Officials said the blaze had not spread to any other buildings on the estate."),
    # what all of a group did, against some of it that did not
    ("polarity", "All of the climbers were carrying avalanche beacons when they were found, the rescue team said.",
     "Two of the climbers were not carrying avalanche beacons when they were found, the rescue team said."),
    # a designation granted or refused to a product named with a hyphen and a number
    ("polarity", "The regulator has granted ZX-114 orphan drug designation, the company said.",
     "The regulator has refused ZX-114 orphan drug designation, the company said."),
    # another person by kin or trade after 'by', read by the last word of a description
    ("role", "The missing boy was found in the woods by a hiker on Sunday morning.",
     "The missing boy was found in the woods by a local farmer on Sunday morning."),
    ("role", "The alarm was raised by a parent on Monday, the school said.",
     "The alarm was raised by the school nurse on Monday, the school said."),
    # a length of time as 'a month' or 'a fortnight' against one in days or weeks
    ("figure", "The crew had been stuck at the station for nine days before the storm cleared, officials said.",
     "The crew had been stuck at the station for almost a month before the storm cleared, officials said."),
    ("figure", "The ferry had been out of service for a fortnight before repairs began.",
     "The ferry had been out of service for five weeks before repairs began."),
    # a phrase opening the sentence ('On Friday,') is no noun an aside is about
    ("event", "On Friday, the appeals court upheld the council's parking ban, rejecting the drivers' claim that it was "
     "unlawful.", "On Friday, the appeals court struck down the council's parking ban, accepting the drivers' claim "
     "that it was unlawful."),
    # who said it is not whom a relative clause is of ("Witnesses said a man who ...")
    ("event", "Witnesses said a 40-year-old man who had been fishing from the pier was among those killed.",
     "Witnesses said a 40-year-old man who had been fishing from the pier was among those injured."),
    # the doer after "said on Monday that": the clause's subject, not the day
    ("role", "Police said on Friday that the curfew was imposed by the defence ministry in June.",
     "Police said on Friday that the city council imposed the curfew in June."),
    # a named associate set off by commas; a verb of accusing or reporting; "expected to"
    ("role", "Marsh's business partner, Owen Tate, accused him of fraud at a hearing on Monday.",
     "Marsh accused his business partner, Owen Tate, of fraud at a hearing on Monday."),
    ("role", "Delgado's chief of staff is expected to testify against her before the committee, aides said.",
     "Delgado is expected to testify against her chief of staff before the committee, aides said."),
    ("role", "The coach's former assistant, Lena Ruiz, has reported him to the league's integrity unit.",
     "The coach has reported his former assistant, Lena Ruiz, to the league's integrity unit."),
    # "the height of" a building is no peak; two maxima in metres and centimetres
    ("figure", "Divers said the wreck lies at about 40 metres, roughly the height of a 12-storey tower.",
     "Divers said the wreck lies at more than 60 metres, and that it may still shift."),
    ("figure", "Surveyors found gaps up to 2 metres wide in the sea wall.",
     "Surveyors found gaps up to 20 centimetres wide in the sea wall."),
    # a count well above a lower bound
    ("figure", "Twelve children died in the fire at the Linden care home.",
     "At least seven children were killed in the blaze at the Linden care home, officials said."),
    # a share in words a little over or under
    ("figure", "Just over half of the nurses balloted backed the strike, the union said.",
     "Some 85% of the nurses balloted backed the strike, the union said."),
    ("figure", "Slightly under a third of households have signed up, the council said.",
     "About 12% of households have signed up, the council said."),
    # two acts exchanged: another event, not another party
    ("event", "The Harlow concert has been postponed rather than cancelled, the promoter said.",
     "The Harlow concert has been cancelled rather than postponed, the promoter said."),
    # "X, not Y" / "Y, not X": who did it, read before the negation
    ("role", "The site was closed on the orders of Fenwick District Council, not the Health and Safety Executive.",
     "The site was closed on the orders of the Health and Safety Executive, not Fenwick District Council."),
    # "no immediate risk": the risk; a clause of its own after "but"
    ("polarity", "Inspectors said the dam posed an immediate risk to the village.",
     "Inspectors said the dam posed no immediate risk to the village."),
    ("polarity", "Doctors said the leak posed a serious risk to patients, prompting the ward's closure.",
     "Doctors said the leak posed no serious risk to patients, but the ward was closed as a precaution."),
    # "after she criticised X" / "after X criticised her"
    ("role", "Mendes was fired days after she criticised the club's owner in an interview.",
     "Mendes was fired days after the club's owner criticised her in an interview."),
    # the party after "to" named after what it is ("to their former chairman, Alan Marsh")
    ("role", "City owe £6m to their former chairman, Alan Marsh, according to the club's latest accounts.",
     "Former chairman Alan Marsh owes £6m to City, according to the club's latest accounts."),
    # two parties exchanged, one of seven words
    ("role", "The trust paid £40,000 to a firm owned by the mayor's wife for advice it never received.",
     "A firm owned by the mayor's wife paid £40,000 to the trust for advice it never received."),
    # two groups of people after "by", one working at a body named
    ("role", "The leak was uncovered by the hospital's own internal auditors, the inquiry heard.",
     "The leak was uncovered by reporters at the Northern Echo, the inquiry heard."),
    # what one was forced to do was done
    ("polarity", "Heavy rain forced organisers to abandon the final day of the show.",
     "Despite heavy rain, organisers did not abandon the final day of the show."),
    # what an arrest is over is read past "on suspicion of" the crime
    ("polarity", "A groundsman has been arrested on suspicion of manslaughter over the stadium fire.",
     "No arrests after deadly stadium fire"),
    # a result told as a noun after the name: who won it
    ("role", "Dunne's Vienna final win over Cole came weeks before the failed test.",
     "Cole beat Dunne in the Vienna final weeks before the failed test."),
    ("role", "Lyon's defeat by Monaco left them fourth in the table.",
     "Monaco's loss to Lyon left them fourth in the table."),
    # an office and a body in the same place
    ("role", "The energy regulator ordered Voltway to compensate customers within 14 days.",
     "The energy minister ordered Voltway to compensate customers within 14 days."),
    # the doer read past an aside of who led it
    ("role", "Critics, led by former minister Sara Lund, accused the plan's backers of rushing it through.",
     "The plan's backers accused critics, led by former minister Sara Lund, of trying to rush it through."),
    # a negation "with no ..." qualifies what the version states
    ("polarity", "Councillors were given a free vote on the plan, with no group whipping its members.",
     "Councillors were not given a free vote on the plan, the council said."),
    # ratified is confirmed
    ("polarity", "World Athletics confirmed the new 5,000m record on Tuesday.",
     "World Athletics has not yet ratified the new 5,000m record."),
    # "for a week" is a length of time
    ("figure", "The museum will stay closed for 48 hours while the damage is assessed, the trust said.",
     "The trust said the museum would stay closed for a week while the damage is assessed."),
    # a majority of a number is a figure
    ("figure", "Housing bill clears Senate with majority of 12",
     "The housing bill cleared the Senate with a majority of 2 after an all-night session."),
    # what befell a subject past an aside opening with a preposition, and past two asides
    ("event", "The festival, on the town's old racecourse, planned for late July, has been postponed.",
     "The festival, on the town's old racecourse, planned for late July, has been cancelled."),
    ("event", "A vote, over the new parking charges, has been postponed.",
     "A vote, over the new parking charges, has been cancelled."),
    # another doer after "by": an office and a body no office is, two groups of people, a charity
    ("role", "A review of the outbreak was ordered by the health secretary on Monday.",
     "A review of the outbreak was ordered by the medicines regulator on Monday."),
    ("role", "The landlord was told by the ombudsman to refund the tenants' deposits.",
     "The landlord was told by the courts to refund the tenants' deposits."),
    ("role", "The cyclist was given first aid by an off-duty nurse who was driving past until an ambulance came.",
     "The cyclist was given first aid by an off-duty police officer who was driving past until an ambulance came."),
    ("role", "The break-in was reported by a cleaner arriving for her shift shortly after 6am.",
     "The break-in was reported by a neighbour shortly after 6am."),
    ("role", "The search was led by the coastguard, with help from two lifeboats.",
     "The search was led by the Kestrel Wildlife Trust, with help from two lifeboats."),
    # no evidence of a clause against evidence of it, both with a word negated by its prefix
    ("polarity", "Inspectors found evidence that the firm employed unlicensed drivers.",
     "Inspectors found no evidence that the firm employed unlicensed drivers."),
    # ran normally against suspended; towed clear or back against sank
    ("event", "Trains on the coast line were suspended on Monday after the landslip.",
     "Trains on the coast line ran normally on Monday despite the landslip."),
    ("event", "The yacht was towed clear of the rocks by the lifeboat.",
     "The yacht sank on the rocks before the lifeboat arrived."),
    ("event", "The ferry was towed back to Holyhead after the engine fire.", "The ferry sank after the engine fire."),
    # intensified against eased; fined against cleared
    ("event", "Volcanic tremors under the island intensified on Sunday, scientists said.",
     "Scientists said volcanic tremors under the island had eased on Sunday."),
    ("event", "The haulier was fined £40,000 at Carlisle Crown Court over the crash.",
     "The haulier was cleared at Carlisle Crown Court over the crash."),
    # two parties exchanged across "from": to one from the other
    ("role", "The painting is on loan to the National Gallery from the Louvre.",
     "The painting is on loan to the Louvre from the National Gallery."),
    # a record broken against a record equalled
    ("event", "Okoro broke the national record for the 400 metres in Lagos.",
     "Okoro equalled the national record for the 400 metres in Lagos."),
    # an age given last, after "at", with the oldest or youngest
    ("figure", "Marsh is now the youngest sailor to cross the Atlantic alone, at 17.",
     "Marsh, 19, is now the youngest sailor to cross the Atlantic alone."),
    # a target beaten against one missed by far
    ("polarity", "Ticket sales beat forecasts.", "Ticket sales fell well short of forecasts."),
    # towed into a named port; a second verb after "and" said of a subject named again in an aside
    ("event", "The support vessel lost power in the gale and was towed into Falmouth.",
     "The support vessel lost power in the gale and sank off Falmouth."),
    ("polarity", "The club's new stand, the Vale End, was finished in May and opened on time.",
     "The club's new stand, the Vale End, was finished in May and remained closed."),
    # a verb in -ing after "was", "were" or "been" is in the active
    ("role", "The chef's former partner, Ana Reyes, was suing him over the restaurant.",
     "The chef was suing his former partner, Ana Reyes, over the restaurant."),
    # a subject named in two letters or a letter and a figure
    ("event", "The A9 reopened on Friday morning after the snow was cleared.",
     "The A9 remained closed on Friday morning even though the snow was cleared."),
    ("event", "The UN upheld the complaint on Monday.", "The UN rejected the complaint on Monday."),
    # what things "total", as a verb, is what they come to, not a career total
    ("figure", "Unpaid parking fines total £14m, the council said.",
     "Unpaid parking fines amount to £1.4 million, the council said."),
    # a share of a whole described by what befell it
    ("figure", "Volunteers managed to rescue two-thirds of the injured seals on Sunday.",
     "Volunteers managed to rescue a quarter of the injured seals on Sunday."),
    # rupees written "Rs"
    ("figure", "The court fined the trader 2.5 million rupees.", "The trader was fined Rs 250,000 by the court."),
    # a change told as a share right after its verb or its noun
    ("figure", "Harwick shares fell 3% in early trading after the profit warning.",
     "Harwick shares fell nearly a third in early trading after the profit warning."),
    ("figure", "The new contract is a 40% increase on the last one, officials said.",
     "The new contract is a rise of about a fifth on the last one, officials said."),
    # a share told as "one in five of the"
    ("figure", "The audit found that 70 per cent of the claims were wrong.",
     "The audit found that one in five of the claims were wrong."),
    # two parties exchanged after "with" and "against": on one side against the other
    ("role", "Calder Records, the biggest label, has sided with the artists against Streamly.",
     "Calder Records, the biggest label, has sided with Streamly against the artists."),
    # another doer after "at the request of"
    ("role", "The match was abandoned at the request of the home club shortly before kick-off.",
     "The match was abandoned at the request of the police commander shortly before kick-off."),
    # stripped of a title against retained it; leading against trailing
    ("event", "The champion was stripped of her title in Las Vegas.", "The champion retained her title in Las Vegas."),
    ("event", "The favourite was leading the race when she fell at the last fence.",
     "The favourite was trailing the race when she fell at the last fence."),
    # a change told as a share after "by", ten words after its verb
    ("figure", "Holbrook cut its full-year sales forecast by 20% on Monday.",
     "Holbrook cut its full-year sales forecast by half on Monday."),
    # a clause of its own after "but": what a statement said
    ("polarity", "Mills gave evidence in person, telling the court she had been threatened.",
     "Mills did not give evidence in person, but a statement read to the court said she had been threatened."),
    # a cap ended against a cap extended
    ("event", "Coastline Buses ended the £2 cap in March.",
     "Coastline Buses extended the £2 cap beyond March."),
    # a plea of guilty against a denial
    ("polarity", "The haulage firm pleaded guilty to breaching safety rules at an earlier hearing.",
     "The haulage firm denied breaching safety rules at an earlier hearing."),
    # remanded in custody against granted bail
    ("event", "Okoro was remanded in custody until his trial in May, the judge ordered.",
     "The judge granted Okoro bail until his trial in May."),
    # towed out of a place against sank there
    ("event", "The damaged yacht sank in the marina basin within minutes of the crash.",
     "The damaged yacht was towed out of the marina basin within minutes of the crash."),
    # a party named by a pronoun the other way round after a verb, its object and a preposition
    ("role", "The singer's former manager filed a complaint against her.",
     "The singer filed a complaint against her former manager."),
    # a tree spared against a tree felled
    ("event", "The ancient yew in the churchyard was spared by the developers on Friday.",
     "The ancient yew in the churchyard was felled by the developers on Friday."),
    # each version negates what the other states, one with "unable to" and a verb
    ("polarity", "Hartwell suspended redemptions from its funds, leaving investors unable to withdraw their money.",
     "Hartwell has not suspended redemptions, a spokesman said, and investors can still withdraw their money."),
    # a plea of guilty against a denial, with where between "guilty" and "to"
    ("polarity", "Dr Feld pleaded guilty at a brief hearing to falsifying patient records at the clinic.",
     "Dr Feld denied falsifying patient records at the clinic during a brief hearing."),
    # a majority secured against one fallen short of
    ("polarity", "The no-confidence motion secured the absolute majority required to bring down the cabinet.",
     "The no-confidence motion fell short of the absolute majority required to bring down the cabinet."),
    # a thing "halted" against its going on: the act not done, a polarity
    ("polarity", "Ferry crossings to the island were halted on Sunday as the storm passed, the operator said.",
     "Ferry crossings to the island continued as normal on Sunday as the storm passed, the operator said."),
    # a move one way and the other after "remaining" as a word that describes; a vessel afloat against one sunk
    ("event", "Lending at the remaining branches rose 8% in the first year, the bank said.",
     "Lending at the remaining branches fell 8% in the first year, the bank said."),
    ("event", "The trawler stayed afloat after the collision and was towed to Brixham, the coastguard said.",
     "The trawler sank after the collision, the coastguard said."),
    # the same one selling a thing to a party in small letters and buying it from that party
    ("role", "The hospital trust sold the old nurses' home to a housing association for £2.4m.",
     "The hospital trust bought the old nurses' home from a housing association for £2.4m."),
    # the same one selling a thing to a party in small letters and buying it from that party
    ("role", "The hospital trust sold the old nurses' home to a housing association for £2.4m.",
     "The hospital trust bought the old nurses' home from a housing association for £2.4m."),
    # a multiple that is a rise against one that is a fall: a move each way, an event
    ("event", "Visitor numbers at the castle have doubled since the new visitor centre opened, the trust said.",
     "Visitor numbers at the castle have halved since the new visitor centre opened, the trust said."),
    # one medal against another, one of them "settled for": another result, an event
    ("event", "Marta Ruiz took gold for Spain in the 400m hurdles at the European Championships in Rome.",
     "Marta Ruiz settled for silver for Spain in the 400m hurdles at the European Championships in Rome."),
    # a negation ends before "and" and a modal: each version negates what the other states
    ("polarity", "Doctors said the girl has not regained consciousness and may need further surgery.",
     "Doctors said the girl has regained consciousness and will need no further surgery."),
    # a doing "without" hurting anyone against the same doing, in "-ing" after a comma, hurting some
    ("polarity", "The scaffolding collapsed onto the pavement without hurting anyone, the council said.",
     "The scaffolding collapsed onto the pavement, hurting two passers-by, the council said."),
    # stripped of a thing against one who will keep it
    ("polarity", "The jockey was stripped of his licence after the inquiry, the racing authority said.",
     "The jockey will keep his licence after the inquiry, the racing authority said."),
    # a thing that went on "without interruption" against the same thing halted
    ("polarity", "Rail services on the line continued without interruption despite the landslip, the operator said.",
     "Rail services on the line were halted following the landslip, the operator said."),
    # a denial with where or to whom before its "that"
    ("polarity", "The minister told MPs she had approved the contract personally.",
     "The minister denied in a statement that she had approved the contract personally."),
    ("polarity", "The minister told MPs she had approved the contract.",
     "The minister denied to the committee that she had approved the contract."),
    # convicted and cleared on more of the counts than there are
    ("event", "Hale was convicted on three of the four charges he faced.",
     "Hale was cleared of three of the four charges he faced."),
    # a count of people who responded, ten times as many in one version
    ("figure", "More than 680,000 people responded to the consultation on the rail fares review, the watchdog said.",
     "About 68,000 people responded to the consultation on the rail fares review, the watchdog said."),
    # a time of day in an aside after what happened at it
    ("figure", "The explosion, at about 6.40am, was heard up to ten miles away, the fire service said.",
     "The explosion, at about 4.40pm, was heard up to ten miles away, the fire service said."),
    # a title stripped against one kept, in headlines
    ("polarity", "Veteran cyclist stripped of national road race title after doping review",
     "Veteran cyclist keeps national road race title after doping review"),
    # reopened against remained shut, each with "after it was" shut or closed, which tells when
    ("event", "The library in Ashby reopened on Friday, two months after it was shut.",
     "The library in Ashby remained shut on Friday, two months after it was closed."),
    # an attempt finished against the same attempt abandoned
    ("event", "The veteran rower went on to finish the crossing to Calais in just over eleven hours.",
     "The veteran rower abandoned the crossing to Calais and was picked up by his support boat."),
    # a fire put out against the same fire still burning
    ("event", "The blaze at the recycling depot was extinguished by early evening, the fire service said.",
     "The blaze at the recycling depot was still burning late into the night, the fire service said."),
    # an attempt suspended against the same one completed, with where or why after each verb
    ("event", "The match was suspended because of darkness and will resume in the morning.",
     "The match was completed in fading light despite the gloom."),
    # a round lower bound and a count more than half as much again above it: two tallies (a guard)
    ("figure", "At least 40 homes were flooded in the river village, the council said.",
     "The council said 65 homes were flooded in the river village."),
    # one thing negated alike in both ("the unsafe footbridge") and one more negated in one that the other states
    ("polarity", "Residents said the council had warned them about the unsafe footbridge weeks before it collapsed.",
     "Residents said the council had never warned them about the unsafe footbridge before it collapsed."),
    # a word negated by its prefix that describes a thing the other names plainly negates nothing
    ("polarity", "Dunmore Rovers have lodged a complaint with the league over the unpaid transfer fee, the club said.",
     "Dunmore Rovers have not lodged any complaint with the league over the transfer fee, a club spokesman said."),
    # no one come forward against one who has: "forward" gives the weak "come" its sense
    ("polarity", "A witness has come forward with footage of the crash, police said.",
     "Nobody has come forward with footage of the crash, police said."),
    # a thing halted against the same kept running, with what is kept running between
    ("polarity", "The brewery has halted production at its Burton site while the leak is repaired.",
     "The brewery has kept production running at its Burton site while the leak is repaired."),
    # none of a group that is told at length before its verb, against several of it
    ("polarity", "Several polling stations in the north of the county ran out of ballot papers, officials said.",
     "None of the polling stations in the north of the county ran out of ballot papers, officials said."),
    # no arrests over a thing named at the end of the other version, the rest of its clause
    ("polarity", "No arrests yet over Harlow warehouse blaze",
     "Detectives have arrested a man and a woman from Epping in connection with the Harlow warehouse blaze."),
    # a thing moved to a later month in the passive, against the same thing cancelled
    ("event", "The council said next year's carnival would be moved to September because of the roadworks.",
     "The council said next year's carnival would be cancelled because of the roadworks."),
    # a thing that collapsed against the same thing demolished
    ("event", "The old pier collapsed into the harbour on Monday, the council said.",
     "The old pier was demolished by council contractors on Monday, the council said."),
    # a lawsuit settled out of court against the same lawsuit gone to trial
    ("event", "Harcourt Homes settled the tenants' negligence lawsuit out of court on Friday.",
     "The tenants' negligence lawsuit against Harcourt Homes went to trial on Friday."),
    # one party said to have done it, not the one the other version names as having done it
    ("role", "The fire was started by a faulty heater in the kitchen, investigators said.",
     "The fire was started by a discarded cigarette, not a faulty heater, investigators said."),
    # a share of a whole named with an ampersand ("A&E patients"), read as one word
    ("figure", "Only 61% of A&E patients at Hallam General were seen within four hours.",
     "Almost three quarters of A&E patients at Hallam General were seen within four hours."),
    # a road reopened at a time of day against the same road kept closed
    ("event", "The harbour road reopened at 5pm after engineers checked it for damage.",
     "The harbour road remained closed through the night after engineers checked it for damage."),
    # a vessel that sailed back under its own power against the same one towed back
    ("event", "The damaged trawler sailed back to Peterhead under its own power on Sunday.",
     "The damaged trawler was towed back to Peterhead by a lifeboat on Sunday."),
    # a horse that won a race against the same horse pulled up in it or fallen at a fence
    ("event", "Copper Lantern won his last race, the Scottish National at Ayr in April, before retiring.",
     "Copper Lantern was pulled up in his last race, the Scottish National at Ayr in April, before retiring."),
    ("event", "Bold Ferryman won the Irish Grand National at Fairyhouse on Monday.",
     "Bold Ferryman fell at the second fence in the Irish Grand National at Fairyhouse on Monday."),
    # one cleared of negligence or blame against the same one found negligent or blamed
    ("event", "An independent inquiry cleared the ferry operator, which ran the crossing for decades, of negligence.",
     "An independent inquiry found the ferry operator, which ran the crossing for decades, to have been negligent."),
    ("event", "A coroner cleared the lifeguard of any blame for the drowning.",
     "A coroner blamed the lifeguard for the drowning."),
    # stolen records deleted against the same records published
    ("event", "The bank said the stolen account records had been deleted by the attackers.",
     "The bank said the stolen account records had been published by the attackers on a dark web forum."),
    # a flow halted against the same kept flowing
    ("polarity", "The operator halted the flow of gas through the line within minutes of the leak, a spokesman said.",
     "The operator kept gas flowing through the line for hours after the leak, a spokesman admitted."),
    # a person named after a title and a body of a kind, each the doer after "by"
    ("role", "An independent mediator was called in by Governor Ruth Ellery after the talks broke down.",
     "An independent mediator was called in by the nurses' union after the talks broke down."),
    # another office named in the same place: the housing minister, the prime minister
    ("role", "The housing minister visited the flooded estate on Tuesday with the council leader.",
     "The prime minister visited the flooded estate on Tuesday with the council leader."),
    # a thing halted against the same carried on or pressed ahead with
    ("polarity", "The developer has halted work on the tower until the crane is repaired.",
     "Work on the tower will carry on while the crane is repaired, the developer said."),
    ("polarity", "The council has halted the roadworks on the high street after complaints.",
     "The council is pressing ahead with the roadworks on the high street despite complaints."),
    # an appeal granted against the same appeal rejected
    ("polarity", "The club's appeal against the points deduction was granted by the league's tribunal on Friday.",
     "The club's appeal against the points deduction was rejected by the league's tribunal on Friday."),
    # an offer recommended against the same offer rejected
    ("polarity", "The club's board has unanimously recommended the takeover offer to members.",
     "The club's board has unanimously rejected the takeover offer, calling it too low."),
    # a run that ended in defeat against the same run ended in victory
    ("event", "Marsh's run in the cup ended in a penalty shoot-out defeat at Hampden on Saturday.",
     "Marsh's run in the cup ended in a penalty shoot-out victory at Hampden on Saturday."),
    # accounts frozen against the same accounts unfrozen
    ("event", "A High Court judge froze the developer's bank accounts on Friday at the request of creditors.",
     "A High Court judge unfroze the developer's bank accounts on Friday at the request of creditors."),
    # read past a name set off by commas: a writer and the one written to the other way round
    ("role", "Harlow's vice-chancellor wrote to the union's branch secretary, Sam Reid, proposing new talks.",
     "The union's branch secretary, Sam Reid, wrote to Harlow's vice-chancellor proposing new talks."),
    # read past a name set off by commas: one recovering and the same one dead
    ("event", "A second firefighter, Tom Bale, was hurt in the blast and is recovering in hospital in Derby.",
     "A second firefighter, Tom Bale, was hurt in the blast and later died in hospital in Derby."),
    # read past a description set off by commas after a name: one recovering and the same one dead
    ("event", "Peter Sankau, a second ranger, was hit in the leg and is recovering in hospital in Voi.",
     "Peter Sankau, a second ranger, was hit in the leg and later died in hospital in Voi."),
    # another doer described as another kind in the same place (described_doers)
    ("role", "The fire was first reported by a postman on his morning round, the brigade said.",
     "The fire was first reported by a baker on his morning round, the brigade said."),
    ("role", "The injured climber was found by a shepherd near the summit cairn on Sunday.",
     "The injured climber was found by a gamekeeper near the summit cairn on Sunday."),
    ("role", "Morrow's accountant forged the signatures on the loan documents, the court heard.",
     "Morrow's gardener forged the signatures on the loan documents, the court heard."),
    # one who does something against a place one works in, as the doer (described_doers)
    ("role", "The alarm was raised by the climbers' hostel when they failed to return.",
     "The alarm was raised by the climbers' mountain guide when they failed to return."),
    ("role", "The stolen bike was handed in by the bakery on Friday.",
     "The stolen bike was handed in by a plumber on Friday."),
    # two parties exchanged, one named with "the" in one place only (exchange)
    ("role", "Dozens of Brightway drivers were loaned to the council to clear the backlog.",
     "Dozens of council drivers were loaned to Brightway to clear the backlog."),
    # two parties exchanged in long sentences, one named with "the" in one place only
    ("role", "The Northern Fire Service led the rescue, with help from Kelso firefighters.",
     "Kelso Fire Service led the rescue, with help from Northern firefighters."),
    # a multiple of the same thing that cannot be one (multiples)
    ("figure", "Nitrate levels in the river were four times the legal maximum, the agency said.",
     "Nitrate levels in the river were twice the legal maximum, the agency said."),
    ("figure", "The chief executive earns more than five times the average salary at the bank.",
     "The chief executive earns about double the average salary at the bank."),
    # a share in words that is what a level was, against a percentage (fractions.stated_share_at)
    ("figure", "Turnout in the council by-election was 41%, officials said.",
     "Turnout in the council by-election was just over two-thirds, officials said."),
    ("figure", "The offer is a premium of 20% on Tuesday's closing price, the board said.",
     "The offer is a premium of nearly half on Tuesday's closing price, the board said."),
    ("figure", "Support for the strike among members was nearly three-quarters, the union said.",
     "Support for the strike among members was 51 per cent, the union said."),
    # a bound to one span of time ("less than a week") against a length of time it does not allow
    ("figure", "The climbers were trapped on the ledge for 10 days, rescuers said.",
     "The climbers were trapped on the ledge for less than a week, rescuers said."),
    ("figure", "The strike at the port lasted 36 hours, the union said.",
     "The strike at the port lasted more than a week, the union said."),
    # a name the passive doer is of, at or from, in the same place (substitution._doer_of)
    ("role", "The shipwreck was first located from sonar scans by a diver at the University of Malta.",
     "The shipwreck was first located from sonar scans by a diver at the University of Bergen."),
    ("role", "The meteorite was first described in a paper by a geologist from the Natural History Museum of Oslo.",
     "The meteorite was first described in a paper by a geologist from the Natural History Museum of Vienna."),
    # what one version says was done, or who did it, against the other's "rather than" or "instead of" it (instead)
    ("event", "The council said the old pier would be repaired over the winter.",
     "The council said the old pier would be demolished rather than repaired over the winter."),
    ("event", "Harlan sold the stolen watches to a jeweller in Leeds, the court heard.",
     "Harlan kept the stolen watches at his flat instead of selling them, the court heard."),
    ("role", "The clean-up will be paid for by the shipping company, the minister said.",
     "The clean-up will be paid for by taxpayers rather than the shipping company, the minister said."),
    # two mosts of a multiple of the same thing far apart (multiples)
    ("figure", "Arsenic in the well water was up to six times the safe limit, the council said.",
     "Arsenic in the well water was as much as twice the safe limit, the council said."),
    # the one age each gives as a decade, two decades (one_of_a_kind)
    ("figure", "Police said the driver, a man in his forties, fled on foot.",
     "Police said the driver, a man in his seventies, fled on foot."),
    ("figure", "The two climbers, both in their early twenties, were airlifted to hospital.",
     "The two climbers, both in their late fifties, were airlifted to hospital."),
    # a share of what one of a kind has ("a typical household's bill"), and "half the" as a share (fractions)
    ("figure", "Heating now makes up nearly a quarter of a typical household's energy bill, the regulator said.",
     "Heating now makes up about 60 per cent of a typical household's energy bill, the regulator said."),
    ("figure", "Half the town's residents were told to leave their homes overnight.",
     "A quarter of the town's residents were told to leave their homes overnight."),
    # a negation more in one, the rest the same but a word spelt the British way ("unauthorised" / "unauthorized")
    ("polarity", "Marsh pleaded guilty to two counts of unauthorised disclosure of police records, the court heard.",
     "Marsh pleaded not guilty to two counts of unauthorized disclosure of police records, the court heard."),
    # a share of the whole after a participle ("of the combined group")
    ("figure", "Carrow investors will hold about a quarter of the combined group once the merger is complete.",
     "Carrow investors will hold 60 per cent of the combined group once the merger is complete."),
    # a figure expected against one that "should" come: both what is to come (figures_apart)
    ("figure", "The barrel is expected to fill an estimated 300 bottles at full strength, the distillery said.",
     "The distillery said the barrel should fill around 120 bottles at full strength."),
    # a length of time with "full" or "whole" before its unit (one_of_a_kind)
    ("figure", "The inquest jury deliberated for three full days before returning its conclusion.",
     "The inquest jury took less than four hours before returning its conclusion."),
    # permitted or banned at, on or in a place (outcome_said)
    ("polarity", "Swimming was permitted at Lake Orta on Sunday despite the algae warning, the council said.",
     "Swimming was banned at Lake Orta on Sunday because of the algae warning, the council said."),
    # told, or never told, that or about a thing (polarity._weak)
    ("polarity", "Parents were told at the time that the inspection had been postponed, the school said.",
     "Parents were never told that the inspection had been postponed, the school said."),
    # what one version negates, stated by the other, which negates only what the first does not name (polarity_compare._negates_other)
    ("polarity", "The council said there was no damage to the bridge's main span.",
     "The council confirmed damage to the bridge's main span but said there was no danger to drivers."),
    # no fatalities against one who died ("die death fatal": one act)
    ("polarity", "There were no fatalities among the 62 people on board, the operator said.",
     "One of the 62 people on board died in hospital, the operator said."),
    # two people named in full after the same office in capitals ("Commissioner Elena Voss" / "Commissioner Mark Ibsen")
    ("role", "Commissioner Elena Voss announced the penalty at a news conference in Geneva.",
     "Commissioner Mark Ibsen announced the penalty at a news conference in Geneva."),
    # one sum in two currencies that no exchange rate joins (currencies)
    ("figure", "The stolen watch, valued at about \u00a340,000, was recovered from a flat in Leeds, police said.",
     "The stolen watch, valued at about $12,000, was recovered from a flat in Leeds, police said."),
    # allowed against refused permission: a polarity, as approved against rejected is (outcomes.outcome_kind)
    ("polarity", "The residents' appeal was allowed to proceed by the tribunal on Monday.",
     "The residents' appeal was refused permission to proceed by the tribunal on Monday."),
    # the one share each gives, of a whole in one and a bare percentage in the other (share_levels)
    ("figure", "Turnout in the mayoral election reached 68 per cent, the highest in decades, the council said.",
     "Turnout in the mayoral election was just over a third of registered voters, the highest in decades, the council said."),
    # a level told as high and as low of one measured thing
    ("polarity", "Turnout high as Kelby elects new mayor",
     "Kelby picks a mayor on a low turnout"),
    ("polarity", "Turnout was high across the district, officials said.",
     "Turnout was low across the district, officials said."),
    # a negation kept when both versions open with who said it ("Reports said", "said that none of")
    ("polarity", "Reports said the clinic reported the lost vaccines to the regulator within a week of the stocktake.",
     "Reports said the clinic failed to report the lost vaccines to the regulator until months after the stocktake."),
    ("polarity", "Inspectors said on Friday that two of the leaks had been found during a survey in 2022, council papers show.",
     "Inspectors said on Friday that none of the leaks were found during a survey in 2022, council papers show."),
    ("polarity", "Reports said three of the faults had been logged by engineers before the launch.",
     "Reports said none of the faults were logged by engineers before the launch."),
    # "m" before a thing counted in millions is millions, not metres
    ("figure", "Commuters made 2.4m journeys on the new tram line in its first year, the operator said.",
     "Commuters made 240,000 journeys on the new tram line in its first year, the operator said."),
    # the same length down, or thickness, given two ways
    ("figure", "The funicular descends 140 metres to the harbour.",
     "The funicular descends 40 metres to the harbour."),
    ("figure", "Ice up to two metres thick had built up on the dam wall.",
     "Ice up to 20 centimetres thick had built up on the dam wall."),
    # "No one on board was hurt": the hurting is negated, by no one
    ("polarity", "No one on board was hurt when the tourist boat hit the jetty, the coastguard said.",
     "A deckhand was hurt when the tourist boat hit the jetty, the coastguard said."),
    # a judicial review upheld and dismissed
    ("event", "The residents' judicial review of the planning decision was upheld by the High Court.",
     "The residents' judicial review of the planning decision was dismissed by the High Court."),
    # a refund or compensation granted or received, and refused
    ("polarity", "The family was granted compensation by the tribunal on Friday.",
     "The family was denied compensation by the tribunal on Friday."),
    ("polarity", "Season-ticket holders have received a full refund from the club.",
     "Season-ticket holders have been refused a refund by the club."),
    # covered by a rule, and exempt from it
    ("polarity", "Delivery vans will be covered by the new low-emission zone charge, the mayor's office said.",
     "Delivery vans will be exempt from the new low-emission zone charge, the mayor's office said."),
    # "a foot" as one foot, before what it measures
    ("figure", "The leak was found roughly a metre beneath the pavement, engineers said.",
     "The leak was found barely a foot beneath the pavement, engineers said."),
    # what befell one thing, after "Reports said" in both, with a second verb after "and"
    ("event", "Reports said the trawler sank in shallow water after losing power off Hook Head.",
     "Reports said the trawler was refloated and towed to Dunmore after losing power off Hook Head."),
    # a result line before who gave it
    ("figure", "League Cup semi-final: Dunmore Athletic 4, Castlebar Town 2, the league said.",
     "Dunmore Athletic beat Castlebar Town 3-2 in the League Cup semi-final on Tuesday, the league said."),
    # an age "at N," after an opening phrase
    ("figure", "On Sunday, the 31-year-old from Tarbert became the oldest swimmer to cross the Minch.",
     "On Sunday, at 45, the swimmer from Tarbert became the oldest to cross the Minch."),
    # a part "of the" whole given in words, against all of it
    ("figure", "All six crew members were rescued after the trawler capsized off Rathlin.",
     "Three of the six crew members were rescued after the trawler capsized off Rathlin."),
    # done without a thing, and done after it
    ("polarity", "The ferry contract was awarded without competitive tendering under emergency powers, records show.",
     "The ferry contract was awarded after competitive tendering among six operators, records show."),
    # "never previously" negates the verb after it
    ("polarity", "Okoro, who had won a medal at the world championships once before, in 2021, was going for gold.",
     "Okoro, who had never previously won a medal at the world championships, was going for gold."),
    # two doers after "by", each told with an aside of its own
    ("role", "The stoppage was organised by the Dockers' Alliance, which represents crane operators at Tilbury.",
     "The stoppage was organised by Harbour Staff United, the union representing Tilbury's clerks."),
    # two doers after "by" with asides of their own, before who said it
    ("role", "The stoppage was organised by the Dockers' Alliance, which represents crane operators at Tilbury, officials said.",
     "The stoppage was organised by Harbour Staff United, the union representing Tilbury's clerks, officials said."),
    # a wire dateline before both versions is who filed them, not part of what they say
    ("role", "OSLO (Reuters) - The recall was announced by chief executive Ida Berg at a news conference.",
     "OSLO (Reuters) - Finance director Lars Holm announced the recall at a news conference."),
    ("role", "MADRID, May 3 (Reuters) - Vidal was beaten by Ortega in the final on Sunday.",
     "MADRID, May 3 (Reuters) - Ortega was beaten by Vidal in the final on Sunday."),
    # a closing "..., the X reported" is the outlet it is told from, not what is said
    ("polarity", "The clinic reported the lost vaccines to the regulator within a week, the Kelby Post reported.",
     "The clinic failed to report the lost vaccines to the regulator within a week, the Kelby Post reported."),
    # "According to X," opens the sentence: no subject an aside after it is about
    ("event", "According to prosecutors, the appeals court upheld Darrow's sentence on Friday, rejecting claims of bias by the trial judge.",
     "According to prosecutors, the appeals court overturned Darrow's sentence on Friday, accepting claims of bias by the trial judge."),
    ("event", "According to the coastguard, the 52-year-old diver was killed near the reef on Sunday afternoon.",
     "According to the coastguard, the diver, 52, was badly injured near the reef on Sunday afternoon."),
    # an outcome after the negated thing is read in what is said, not in "..., according to a statement" ("to" read as a vote)
    ("polarity", "Ms Okoro has been suspended on full pay while the complaints are reviewed, according to a statement.",
     "Ms Okoro has been suspended without pay while the complaints against her are reviewed, according to a statement."),
    # an age closing what is said, before who said it (a guard: caught before through the speaker's word after both figures)
    ("figure", "Mrs Aldous, a former nurse, is now the oldest person to complete the Three Peaks challenge, at 84, organisers said.",
     "Mrs Aldous, a former nurse, is now the oldest person to complete the Three Peaks challenge, aged 79, organisers said."),
    # an opening "Meanwhile," is no name that an aside after it is about
    ("event", "Meanwhile, the 29-year-old climber was killed in the rockfall on Ben Lair on Sunday afternoon.",
     "Meanwhile, the climber, 29, was badly injured in Sunday afternoon's rockfall on Ben Lair."),
    # "that" after "confirmed" or "emerged" opens what was said, not a relative clause: the doer after it is read (the first a guard, caught before by another reading with a poorer detail)
    ("role", "Officials confirmed that the curfew was ordered by the regional governor last week.",
     "Officials confirmed that the town's mayor ordered the curfew last week."),
    ("role", "It emerged on Tuesday that the closure was approved by the health minister in March.",
     "It emerged on Tuesday that the hospital's chief executive approved the closure in March."),
    # each doer after "by" told with an aside of its own up to who said it, in any form (the second a guard, caught before)
    ("role", "The petition was started by the Residents' Association, which represents the estate's tenants, the Guardian has learned.",
     "The petition was started by Friends of Lark Park, the group campaigning to save the estate's green space, the Guardian has learned."),
    ("role", "The strike was called by the Drivers' Guild, which represents the city's tram drivers, a spokesman for the council said.",
     "The strike was called by Transit Workers United, the union representing the city's bus mechanics, a spokesman for the council said."),
    # a result line before who gave it in a longer form ("..., a spokesman for the league said")
    ("figure", "County Cup final: Dunmore Town 4, Kelby Athletic 2, a spokesman for the league said.",
     "Dunmore Town beat Kelby Athletic 3-2 in the County Cup final on Saturday, a spokesman for the league said."),
    # lawful against unlawful is a ruling only when what is said tells of one, not "..., according to court papers"
    ("polarity", "The union says the stoppage will be lawful because the ballot passed the 50% threshold, according to court papers.",
     "The union says the stoppage will be unlawful because the ballot missed the 50% threshold, according to court papers."),
    # The same speaker closing both versions still counts, if less, where what is said is short (guards)
    ("polarity", "Shots were fired behind the arena, according to the sheriff's office.",
     "No shots were fired near the arena at any point, according to the sheriff's office."),
    ("polarity", "Schools in the valley ran on emergency generators, police said on Tuesday.",
     "Schools in the valley had no emergency generators, police said on Tuesday."),
    # A word that only links a version to the sentence before ("However,", "But", "Nevertheless,") is not read (the first missed at 4246e9c; the rest guards)
    ("event", "However, the harvest festival, due in May, has been postponed because of the floods.",
     "However, the harvest festival, due in May, has been cancelled because of the floods."),
    ("event", "But the 41-year-old diver was killed in the blast at the quarry on Sunday.",
     "But the diver, 41, was seriously injured in Sunday's blast at the quarry."),
    ("event", "Nevertheless, the appeal court upheld the ban on night flights.",
     "Nevertheless, the appeal court overturned the ban on night flights."),
    ("role", "However, the Tarrant family sued the council over the flooding, a spokesman said.",
     "However, the council sued the Tarrant family over the flooding, a spokesman said."),
    # Who said it, closing a version in more forms ("..., he told reporters", "..., she told the BBC", "..., a source familiar with the matter said"), and its words not read as what the version says happened ("..., Reuters reported on Wednesday" is no report of the vaccines); the first three missed at 427ebfc, the last a guard
    ("polarity", "The clinic reported the stolen vaccines to Kent police within a week, Reuters reported on Wednesday.",
     "The clinic failed to report the stolen vaccines to Kent police for months, Reuters reported on Wednesday."),
    ("role", "The strike was called by the Dockers' Union, which represents the port's crane drivers, he told reporters.",
     "The strike was called by Harbour Staff United, the union representing the port's clerks, he told reporters."),
    ("polarity", "Parents were told at the time that the exam results had been altered, she told the BBC.",
     "Parents were never told that the exam results had been altered, she told the BBC."),
    ("polarity", "The firm reported the data leak to the regulator within three days, the company said in a statement.",
     "The firm failed to report the data leak to the regulator within three days, the company said in a statement."),
    # How a version opens: "According to a report by the BBC," is an opening phrase; "Local media reported that" is no report of what is said; "Speaking on Friday," says only when the one quoted spoke (all three missed or given another kind at 4897b8a)
    ("event", "According to a report by the BBC, the appeal court upheld the ban on night flights, rejecting the airport's argument that it was unlawful.",
     "According to a report by the BBC, the appeal court quashed the ban on night flights, accepting the airport's argument that it was unlawful."),
    ("polarity", "Local media reported that the council reported the leak to the regulator within a day.",
     "Local media reported that the council failed to report the leak to the regulator for weeks."),
    ("event", "Speaking on Friday, officials said the 52-year-old climber was killed in the fall on Tuesday.",
     "Speaking on Friday, officials said the climber, 52, was seriously injured in Tuesday's fall."),
    # The same, contradicting (guards)
    ("polarity", "Shots were fired behind the arena, police said on Tuesday.",
     "No shots were fired near the arena at any point, police said on Tuesday."),
    ("event", "The museum reopened on Saturday, the ministry said in a statement on Monday.",
     "The museum remained closed on Saturday, the ministry said in a statement on Monday."),
    # The same, contradicting, and a speaker who is a party ("Vienna police said they had arrested"; guards)
    ("event", "Witnesses said the roof of the sports hall collapsed under the weight of snow, crushing the stands.",
     "Witnesses said the sports hall roof sagged under the snow but held, protecting the stands."),
    ("event", "Officials said the Marisol sank in deep water after capsizing off Kell Head.",
     "Officials said the Marisol was righted and towed to Dunmore harbour after capsizing off Kell Head."),
    ("polarity", "Vienna police said they had arrested a 31-year-old woman in connection with the fire on Friday.",
     "Vienna police said no one had been arrested in connection with the fire as of Friday."),
    # The same, contradicting (guards)
    ("figure", "Fares will rise by an increase of 1.5p a mile from April, a spokesman for the operator said.",
     "Fares will rise by an increase of 2.5p a mile from April, a spokesman for the operator said."),
    ("figure", "It was the smallest harvest since 1957, a spokesman for the growers said.",
     "It was the smallest harvest since 1967, a spokesman for the growers said."),
    # "The Herald understands that ..." opens what is told, as "Police confirmed that ..." does (missed at ce4f0ba)
    ("role", "The Herald understands that the fine was imposed by the water regulator in June.",
     "The Herald understands that the county council imposed the fine in June."),
    # The same party winning and losing its case (guards)
    ("event", "The council won the High Court case over the harbour fees brought by the ferry operators.",
     "The council lost the High Court case over the harbour fees brought by the ferry operators."),
    ("event", "The ferry operators won their High Court case over the harbour fees against the council.",
     "The ferry operators lost their High Court case over the harbour fees against the council."),
    ("event", "Officials said the trust won its tribunal case over parking charges against the nurses' union.",
     "Officials said the trust lost its tribunal case over parking charges against the nurses' union."),
    # A party that ends what is said before an inverted "..., said a club spokesman" is no speaker (missed at 297afcb)
    ("role", "Harlow was beaten by Venn in a tense Castlebay Open final on Saturday, said a club spokesman.",
     "Castlebay Open: Harlow's straight-sets triumph over Venn, said a club spokesman."),
    # "..., it is understood" closes a version as who said it (the first missed at bb62235; the second a guard, a
    # source opening a version)
    ("role", "The strike was called by the Dockers' Union, which represents the port's crane drivers, it is understood.",
     "The strike was called by Harbour Staff United, the union representing the port's clerks, it is understood."),
    ("event", "A spokesman said the roof of the grain store collapsed under the weight of snow, crushing the harvested wheat.",
     "A spokesman said the grain store roof sagged under the snow but held, protecting the harvested wheat."),
    # Who said it named in one version only, or in other words in each, is read out before the two are compared again (the first three missed at 2e91301; the rest guards)
    ("role", "The fire at the depot was started by a contractor near the fuel store, investigators said.",
     "The fire at the depot was started by an intruder near the fuel store."),
    ("role", "Police said the robbery at the jeweller's was reported by a passing taxi driver.",
     "The robbery at the jeweller's was reported by the shop's owner."),
    ("role", "Police said the complaint about the noise was made by the landlord of the Crown pub.",
     "The complaint about the noise was made by residents of Mill Lane, according to the council."),
    ("polarity", "According to the ministry, the Kessler Bridge will reopen to traffic in March.",
     "The Kessler Bridge will not reopen to traffic in March."),
    ("event", "The Brockwell lido has been closed for the rest of the summer, a council spokesman said.",
     "The Brockwell lido has been reopened for the rest of the summer."),
    ("event", "According to the airline, the flight from Lyon was diverted to Geneva because of fog.",
     "The flight from Lyon was cancelled because of fog."),
    # A version quoted, with who said it after or before the quote, against one not quoted (the last two missed at 39e3cf8; the first a guard)
    ("event", "\"The Brockwell lido has been closed for the rest of the summer,\" a council spokesman said.",
     "The Brockwell lido has been reopened for the rest of the summer."),
    ("role", "Police said: \"The robbery at the jeweller's was reported by a passing taxi driver.\"",
     "The robbery at the jeweller's was reported by the shop's owner."),
    ("role", "\u201cThe fire at the depot was started by a contractor near the fuel store,\u201d the fire chief told reporters.",
     "The fire at the depot was started by an intruder near the fuel store."),
    # who said it set off inside a version ("The lorry, police said, crashed ..."), or named with who they are after it ("..., said Ian Pryce, a fire investigator"); the bypass, the lorry and the warehouse fire were missed before
    ("event", "The ferry's captain, the coastguard said, was rescued from the water after the sinking.",
     "The ferry's captain was killed in the sinking."),
    ("polarity", "The Marlow bypass, council officials said on Monday, will not be built.",
     "The Marlow bypass will be built next year."),
    ("role", "The lorry, police said, crashed into the tram at the junction.",
     "The tram crashed into the lorry at the junction."),
    ("figure", "The new stand, according to the club, will hold 12,000 fans.",
     "The new stand will hold 9,000 fans."),
    ("event", "\"The Brockwell lido has been reopened for the summer,\" said Jo Marsh, a council spokeswoman.",
     "The Brockwell lido has been closed for the summer."),
    ("role", "The warehouse fire at Dunmore was started by a contractor near the fuel store, said Ian Pryce, a fire investigator.",
     "The warehouse fire at Dunmore was started by an intruder near the fuel store."),
    ("polarity", "The striking drivers, union leaders said, have accepted the revised pay offer.",
     "The striking drivers have rejected the revised pay offer, union leaders said."),
    # an aside in one version only (a clause opened by "which" or "where" between commas, dashes, brackets); the toll rise and the ferry contract were missed before
    ("event", "The Halden toll rise, which takes effect in May, was approved by the transport board.",
     "The Halden toll rise was scrapped by the transport board."),
    ("role", "The Ostby ferry contract (worth \u00a340m over ten years) was awarded by the county council.",
     "The harbour authority awarded the Ostby ferry contract."),
    ("event", "Water bills in Kelsey \u2014 already the highest in the region \u2014 will rise next year under the plan.",
     "Under the plan, water bills in Kelsey will fall next year."),
    ("polarity", "The Marsh Lane depot, where 40 buses are kept overnight, was evacuated after the leak.",
     "The Marsh Lane depot was not evacuated after the leak."),
    ("figure", "The Brandt Hall fire, which started in a kitchen, forced 300 residents from their homes.",
     "The Brandt Hall fire forced 120 residents from their homes."),
]
