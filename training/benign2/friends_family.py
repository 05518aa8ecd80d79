"""Friends and family chatter, gossip, group chats and dating."""

from __future__ import annotations

_TEXT = """
family group chat is 90% my uncle sending good morning gifs with flowers
Mum just discovered voice notes and now I get 4 minute podcasts about the weather
who's bringing what to Sunday lunch? I've got roast potatoes covered
girls night Friday? I'll bring the wine and the gossip 🍷
okay but did you SEE what Sarah posted last night?? call me
Not me finding out my cousin got engaged from Facebook 🙄😂
My nan just sent "LOL" thinking it means lots of love. on a funeral post. iconic
brunch with the besties this Sunday, bottomless mimosas!!
dad joke of the day courtesy of my father: why did the scarecrow win an award
My brother is moving back home and my mum has already redecorated his room twice
the group chat has been silent for 3 days, is everyone okay or just busy
renamed the group chat "the committee" and now everyone takes it very seriously
Nine years of friendship and she still can't spell my name right
first date tonight, send outfit advice pls
he texted back "haha" after my 3 paragraph message. what does it MEAN
Hinge date went well! We talked for 4 hours and forgot to order food
my situationship is giving mixed signals and I'm giving up
Got ghosted after three dates. onwards and upwards 💅
Dating apps are a full time job with no pay
Married 25 years today. Still laughing at his terrible jokes ❤️
our kids are finally asleep so we're watching one episode and falling asleep too
Aunty asked when I'm getting married before I'd even taken my coat off
Big fat Nigerian wedding this weekend, the aso ebi is ready 💃
cousins reunion in Kerala next month, haven't seen some of them in ten years
my sister had the baby! 7lbs 2oz and perfect, I'm an auntie!!
Grandad turned 90 today and still beat me at dominoes
The in-laws are staying for two weeks. Pray for my patience
Brother's stag do in Newcastle, already dreading the fancy dress theme
best man speech draft 7, still not funny
Mother's Day breakfast in bed, the kids burnt the toast but made a card
hosting Thanksgiving for the first time, the turkey is bigger than my oven
Christmas at my parents', the annual Monopoly feud continues
My twin is basically my better-organised clone
Who's free for a catch up call this week? miss you lot
me and my mates have been playing five-a-side every Wednesday since 2011
bffs since year 7, she still knows all my secrets 😭
the tea I just got told at lunch, I need to lie down
apparently the neighbours are getting a divorce and the whole street knows
Did you hear Jen's moving to Dubai? Everyone's gossiping about it
my mum says I'm her favourite but she says that to all of us
Just found out my dad has a secret TikTok and 12k followers. I'm shook
My grandma's WhatsApp status is just a photo of her begonias and I respect it
sleepover at my cousin's and we've stayed up talking till 3 like we're twelve
Anniversary dinner booked, fingers crossed he doesn't guess
proposing this weekend, I'm so nervous I might drop the ring in the lake
she said yes!!! 💍
We're expecting! Baby due in March 🍼
Our little one took her first steps today, I cried
school run chaos, one shoe missing and a lunchbox full of crisps
my teenager replied to a question with "bet". I don't know what I agreed to
my 6 year old asked if Google knows everything. I said ask your mum
the kids are at their dad's this weekend, the house is so quiet
Co-parenting is hard but we're making it work for the kids
my stepdad taught me to drive and never once raised his voice, legend
family BBQ at ours on Sunday, bring a chair and a plate 🍔
the cousins WhatsApp chat just had a 200-message argument about jollof rice
Irish mammy logic: "you'll have a cup of tea" is not a question
Going home to Cork for the weekend, mam's making a roast
My mum still calls me to ask how to forward emails. Every week. Love her
the boys are in Benidorm and the group chat is unhinged
Can't believe we've been friends for 20 years, feel old now
Met my partner's parents today, I think it went okay? His mum hugged me
Boyfriend cooked dinner for the first time, it was edible, proud of him
my wife is smarter than me and I'm fine with it
My husband snores like a tractor but I'd still pick him again
Bridesmaid duties this weekend. Emergency kit packed.
we're in the honeymoon phase of moving in together, ask me in a month
She stole my hoodie and I'm never getting it back
Speed dating night at the pub was genuinely good fun, made two friends
Looking for someone to go hiking with and maybe share chips after. Swipe right
single and thriving, mostly thriving, sometimes eating cereal for dinner
flatmate made a chore rota with stickers, we're all adults btw
housemate drama: someone keeps eating my hummus, investigation ongoing
the uncles are arguing about the cricket again at the family do
Eldest daughter syndrome is real and I'm the president
My baby brother just started uni and I'm more nervous than he is
Sending love to my mum who's the strongest woman I know
family quiz night: my nan knew every answer and showed no mercy
my dad still thinks wifi and the internet are different things
Grandma's secret recipe finally passed down to me. Sworn to secrecy
Reunion with my college friends, we picked up like no time had passed
Friendship breakups hurt more than people admit
Made up with my sister after a year of not talking. Feels good
baby shower games are chaotic, someone ate the nappy cake
ex texted "u up" at 2am. blocked and slept like a baby
third wheeling at dinner again, at least the pasta loves me
Cousins game night: Uno with house rules, nobody agrees what they are
Going to meet my long-distance boyfriend after 8 months apart!!
Our little group of mums from antenatal class still meets every Thursday
my bestie and I are matching halloween costumes again this year 🎃
shoutout to my dad who still calls me "kiddo" at 35
the family tree research turned up a great-great-grandad who was a lighthouse keeper
Wedding invites sent! Now to panic about the seating plan
My niece asked me why the sky is blue and I had to google it
cousins are coming from Lagos for Christmas, house will be full and loud
My brother and I text each other only in memes and it works
My partner still leaves the cupboard doors open. We are working on it
date night: takeaway, a film and falling asleep 20 minutes in
Spent the afternoon listening to my grandad's war stories. Treasure them
group chat name changed to "no more pasta chat" after the incident
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
