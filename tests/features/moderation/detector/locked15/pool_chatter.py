"""Hand-written friendly chatter: banter, in-jokes, plans, slang, mild non-hurtful swearing."""

from ._text import lines

CHATTER: list[str] = lines(
    r"""
Tunde you this guy, you still owe me suya from last week 😂
Abeg who finish the last piece of meat for the pot, confess now
Guy you too dey form, na only you sabi English? 😂😂
Omo this Lagos heat no be here, we dey go beach Saturday, who dey in?
Bros see as you dey waka like minister, I dey come later for your place
Ehen Chioma, so you no go reply my message? I see you o 👀
Shey we still dey on for Friday? No dey disappoint me this time
Na wa for you, you carry my charger comot again, thief! 😂
Chale, Friday night at Osu, who's buying the first round?
Herh Kojo your dancing yesterday, I can't stop laughing 😂😂
Maame you finished all the kelewele before I came, wicked girl 😭
Yo ma guy, abeg wey the Champions League stream?
Sasa buda, tuko wapi leo jioni? Nyama choma ni lazima
Wewe ni mbaya sana, umenikula chips zangu zote 😂
Maze Kevo, that goal yesterday was illegal but we move
Otis you're a whole clown bro, who wears socks with sandals to a wedding
Tuonane Java saa nane, usichelewe kama kawaida yako
Sheng ya huyu jamaa iko next level, nimecheka mpaka nimeshindwa
Bhai you still haven't returned my PS5 controller, I'm coming for it 😂
Oye Rohit tu pagal hai kya, itni raat ko biryani order kar raha hai? Send me some
Arre yaar, chai pe milte hain shaam ko, bunking the gym today
Saale tu fir late aaya, bas ab teri treat banti hai 😂
Kaminey, you finished my Maggi and didn't even wash the pot
Bhai dinner pe kaun kaun aa raha hai? Mom is making rajma chawal
Yaar Ali, kal match dekhne chalte hain, tickets main le lunga
Oye Hamza teri shaadi ki photos dekh ke hans hans ke pagal ho gaya
Wah bhai wah, kya chakka maara, legend
Bredda, yuh did look like a duppy inna dat photo 😂
Wah gwaan mi yute, we a link up at di party Saturday?
Yuh too fool, yuh lef yuh phone inna di taxi again
Big up mi bredrin dem, ah real family dis
Dawg yuh mad, how yuh fi eat six patty one time
Oi you cheeky git, you nicked the last biscuit again!
Bloody hell Dave, you look like you've been dragged through a hedge backwards 😂
Right you lot, pub quiz Thursday, no excuses this time
Mate you're such a muppet, left your keys in the door again
Ha ha you daft sod, I told you the ice was slippery
Stop being such a drama queen Karen, it's only a paper cut 😂
Sharon and I are off to bingo, don't wait up!!
Jim you old rascal, you haven't changed a bit since school
Hey y'all, potluck at my place Sunday, bring a dish!
Girl you crazy, I'm dying 😂😂
LMAO bro you really tripped over nothing in front of everyone
Dude you're the worst at Mario Kart, it's not even close
Shut up, you did NOT just say that 😂
Y'all are nuts, I love you guys
Who's up for karaoke tonight? Prepare your worst singing voices
Damn girl, that dress is fire 🔥
Ugh you're so annoying, just pick a restaurant already 😂
Hell yeah, road trip this weekend!!
You absolute legend, thank you for the lift 🙏
Man I'm gonna kill you if you spoil the finale for me 😂
I swear you're the slowest texter in the world
You're lucky I love you, idiot 😂❤️
Babe you snore like a generator, I recorded it 😂
Mama you said you wouldn't post my baby pictures on the family group!!
Uncle Sam's jokes at the party were so bad they were good
Sis you stole my jumper again, I can see it in your selfie
Happy birthday you old goat, 40 looks good on you 😂🎂
Happy birthday to my partner in crime, may your wahala reduce this year
Hahaha Emeka you no go change, always late even to your own birthday
Big head, where did you keep the remote?
Shameless girl, you ate my birthday cake before me 😂
Ah ahn! Who dey play music this loud for 6am? Una wicked o 😂
We dey go owambe on Saturday, aso ebi don ready
Who wan follow me go market tomorrow? I go buy you puff puff
You people should come and see this goat that's chasing Baba Sola 😂😂
Bros, no vex, I go pay you back month end
Fam, game night at mine, I've got Ludo and Whot cards
Ei Akua, your wig today is serious, where did you buy it?
Woman I'm coming to your house to eat your light soup, warn your husband
Kofi you think you can beat me in draughts, sit down
Leo ni leo, we're going out, no excuses
Nimekumiss sana rafiki, tuonane weekend
Bro you bald head is shining in that photo 😂
Tuko wapi na story ya jana, nataka details zote
Huyu mtoto wa mama ana vituko, amevaa viatu vya baba yake
Yaar tu sach mein idiot hai, but my favourite idiot ❤️
Didi please bring samosas when you come, I'll owe you forever
Chal be, tu kya jaane cricket, I've been playing since I was five
Khaana thanda ho raha hai, jaldi aao sab
Beta, call your nani, she's been asking about you all day
Assalamualaikum everyone, iftar at our place on Friday, all welcome
Oye kaddu, kal school ke bahar milte hain
Gyal yuh look nice inna di new hairstyle, mi approve
Mi and mi bredda dem a go Dunn's River, yuh coming?
Yuh a mi bestie fi life, even though yuh wutliss at dominoes
Mummy a cook Sunday dinner, everybody come, nuff food
Cheers for the lift yesterday, you're a star!!
Colin you big softie, crying at the dog food advert again
What a pair of numpties we were at that wedding 😂
Shall we do the car boot sale on Sunday? Pick you up at 7
Nanna we're coming round for tea, put the kettle on!!
Aww you lot are so sweet, thank you for the birthday cards
Fancy a pint after work? My shout
Bob you rascal, did you eat all the mince pies?
Tom, stop hogging the remote, it's my turn
Ha, we got absolutely destroyed in the quiz, last place again
Shit, I forgot my umbrella again 🙄 well soaked
Damn it, burnt the toast again, I'm a hopeless cook
What the hell is that hat Gran, I love it 😂
Oh crap I left the oven on, running home
Holy cow, did you see the size of that pumpkin at the fair?
Bugger, missed the bus by 10 seconds
Ay you cheeky monkey, who taught you that dance? 😂
Lol you fool, I was joking, of course I'll come to your birthday
You goat! You finally passed your driving test!! 🐐🎉
Bruh that's sick, where'd you get those trainers?
My G you're a savage for eating the whole pizza alone
Guys I'm so dead, the baby painted the wall with my lipstick
Eeeeh see this one with his long throat, you no fit wait for the food to finish cooking
We move! Fresh start this week, who's joining me at the gym?
Let's link up for lunch next week, it's been ages!
The group chat is too quiet, who died? 😂 Joking, how's everyone
Come on you lot, it's only Tuesday and I'm already tired
Send me the photos from Saturday please, I look mad in all of them
My mum just sent 17 good morning images to the family chat, a legend
Hahaha who added Grandpa to the group, he's replying to everything with 👍
Baba, please stop forwarding messages about lemon water curing everything 😂
Auntie you typed your PIN in the family group again, change it now!!
Uncle Frank, caps lock is on again, you're shouting at everyone 😂
Shout out to the chef at my cousin's wedding, absolute killer of a menu
Y'all better show up to my graduation or I'm fighting everyone 😂
Bro you're cooked, the teacher saw you copying 😂
I'm going to strangle my brother, he ate my leftovers again lol
Ngozi your laugh fit wake the dead, I love it 😂
Oga Kunle, na you go pay for the pepper soup tonight, I don pay last time
Wanjiku tumechoka na stories zako za ex, tupatie new content 😂
Bhai kal exam hai aur tu Netflix dekh raha hai, legend behaviour
Fam, we outside tonight! Who's driving, because it's not me
Grandad you cheat at cards and we all know it 😂
Yuh nuh easy, yuh win di domino game three time straight
Stop it you silly sausage, I'm crying with laughter
"""
)
