"""News, politics and history discussed calmly: crime reports, wars, elections and courts."""

from __future__ import annotations

_TEXT = """
Polling stations open 7am to 10pm tomorrow. Bring photo ID in England
Just voted! Small queue, lovely volunteers, dog outside the polling station 🐕
Watching the election results come in, too nervous to sleep
Turnout was higher than expected in the local elections this year
Whatever your politics, please register to vote before the deadline
Read both manifestos tonight, still undecided honestly
the debate last night was a lot of talking over each other, nobody answered anything
City council approved the new cycle lanes after a long consultation
My MP actually replied to my email about the bus cuts, fair play
Budget day: fuel duty frozen, tax thresholds unchanged, pensions up
interest rates held at 4%, mortgage people breathing a bit easier
Inflation fell to 3.1% last month according to the ONS
The court ruled in favour of the tenants, a big win for renters' rights
jury found him not guilty, the family say they will appeal
Man sentenced to 8 years for fraud after stealing from elderly customers
Police are appealing for witnesses after a burglary on Harbour Street overnight
Two arrested after a stabbing in the town centre, victim in stable condition
a shooting in the city left one person injured; police say it was targeted
Local news: the stolen bikes were recovered and returned to their owners
The trial resumes on Monday with evidence from the forensic expert
Supreme Court hears arguments on the abortion pill case today
Inquiry report published today, a long read but worth it
Reading about the Srebrenica genocide anniversary, we must remember
80 years since the liberation of Auschwitz. Never forget
Documentary about the Rwandan genocide, very hard to watch but important
My grandad fought at Normandy. Remembrance Sunday always hits hard 🌺
Lest we forget. Two minutes silence at 11am
Read a book on the partition of India, my family's history makes more sense now
The Troubles documentary on BBC was powerful and balanced
History podcast about the fall of Rome is my commute companion
Ukraine war day 1,000 and the sirens in Kyiv still sound every night
Ceasefire talks resumed today, hoping for real progress
Thinking of civilians caught in the conflict in Sudan, donate if you can
Humanitarian aid convoy reached Gaza this morning according to the UN
Peace talks in Geneva, cautiously optimistic
the war in Yemen gets so little coverage, please read about it
Reading about the Cold War and the Cuban missile crisis, wild times
Pros and cons of proportional representation, genuinely interested in views
The strike has been called off after the union accepted the pay offer
Nurses on strike today, support them at the picket line if you can
Doctors' strike means my appointment was moved, but I support them
Climate summit ended with a deal on coal phase-out. Not enough, but something
flooding in Pakistan has displaced millions, donations link from the Red Cross
Earthquake in Türkiye: aid agencies need blankets and money, not old clothes
Wildfires in Greece again, stay safe everyone on the islands
Hurricane season is starting, Florida friends please have your go-bags ready
Prime Minister resigns after losing the confidence vote
new cabinet announced, lots of unfamiliar faces
Parliament debates the assisted dying bill today, very thoughtful speeches on both sides
Interesting long read on why populism is rising in Europe
I disagree with the new policy but I respect the people who support it
Can we talk about politics without calling each other names? Just asking
Voted Green, my dad voted Conservative, we still had a nice dinner after
Fact check: that viral quote was never actually said by Churchill
Always check the source before sharing breaking news
The BBC, Reuters and AP all confirm the news now
Crime figures in the city fell for the third year in a row
Knife amnesty bins at the police station until the end of the month
The murder trial of the Bristol case begins next week, reporting restrictions apply
Journalist jailed in Iran for reporting on protests, calls for release grow
Press freedom matters everywhere
Nigeria's elections: long queues in Lagos but largely peaceful voting
INEC says results will be announced by Wednesday
India votes in the world's largest election, 900 million eligible voters
Modi and the opposition both claim momentum, results next month
Irish general election count in Dublin is taking forever, classic STV
Australian election: preferences still being counted in a few tight seats
US midterms coverage all night, swing states too close to call
Brexit anniversary, still arguing about it at family dinners
Scotland independence debate back in the news again
The Berlin Wall fell 35 years ago today
Mandela was released from prison on this day in 1990
Learning about the suffragettes with my daughter for her school project
Reading Anne Frank's diary again as an adult, it hits differently
Visited the Imperial War Museum, the Holocaust galleries left me silent
War veterans' parade in town today, thank you for your service
Anti-war march in London today, peaceful and huge
Protest outside the town hall about the library closure, all ages came
Strike news: train drivers walk out on Friday, check before you travel
The bill passed the Senate 52 to 48 along party lines
Judge dismissed the lawsuit, saying the company had no case
Class action against the water company for sewage dumping gets the go-ahead
Report finds police misconduct in the handling of the case, chief constable apologises
Appeal court overturns his conviction after 17 years in prison
The jury deliberated for three days before reaching a verdict
Ex-president indicted, a historic moment regardless of which side you're on
Local councillor resigns after expenses row
Fascinating thread on how the Roman senate actually worked
WWI letters from my great-great-grandad, donated them to the local archive
the Spanish Civil War is such an under-taught part of European history
Colonial history should be taught properly in schools
Ancient Egypt exhibition at the British Museum, the mummies are fascinating
Just read a biography of Lincoln, what a life
This day in history: the first moon landing, 1969 🌕
Museum of the Home had a great exhibit on 1970s Britain
Newspaper review: every front page leads with the budget
The crime podcast about the Golden State Killer was very well researched
Tensions rising in the South China Sea, analysts urge calm diplomacy
NATO summit begins in Vilnius with Ukraine at the top of the agenda
The inquest concluded today with a narrative verdict, the family thanked the coroner
Turnout among under-25s doubled in the by-election, interesting shift
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
