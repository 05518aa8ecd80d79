"""Identity, faith and culture mentioned positively or neutrally, with respectful group names."""

from __future__ import annotations

_TEXT = """
Eid Mubarak to everyone celebrating! 🌙 may your homes be full of joy and biryani
Ramadan day 12, the iftar spread at my aunty's tonight is unreal
breaking fast with dates and water, then mum's samosas
Happy Diwali! Lights up, rangoli done, sweets everywhere 🪔
Diwali with the family in Leicester, the Belgrave Road lights are magic
Shabbat shalom, candles lit, challah cooling on the counter
Chag sameach to everyone celebrating Pesach this week
my first Passover seder hosting, wish me luck with the brisket
Happy Lunar New Year! Year of the Horse, gong hei fat choy 🧧
dumpling making with my grandma for Chinese New Year, she still folds faster than me
Tết at home: bánh chưng, lucky money, and too many relatives
Happy Pride month 🏳️‍🌈 love is love
First Pride march with my girlfriend, felt so free
Proud bisexual, yes it's real, no I'm not confused
Trans woman, 3 years on HRT and happier than I've ever been 🏳️‍⚧️
he/him, trans guy, just got my new passport with the right name!
nonbinary, they/them, and I make a mean lasagne
Coming out to my parents went better than I ever dreamed. They just hugged me
Gay dad of two, our house is loud and full of glitter
Black history month: reading about Mary Seacole with my kids
Proud to be a Black British woman in engineering
Being Black and Irish means double the craic and double the questions
Irish Traveller and proud, our culture is rich and old
Romani heritage, my grandmother's stories are my treasure
Proud Gypsy Roma Traveller, June is GRT History Month
Autistic and proud, my special interest is trains and I will not apologise
autistic adults are out here thriving, we just need the right support
Immigrant kid: translating for my parents since age 7
came to the UK from Poland 15 years ago, now I can't live without a cup of tea
Nigerian by blood, Londoner by postcode
First generation American, daughter of Mexican immigrants, first in my family to graduate
I'm a refugee from Syria and a nurse now. Thank you to everyone who helped me
Just became a British citizen! The ceremony was surprisingly emotional
Proud Welsh speaker, dysgwch Gymraeg, it's a beautiful language
Gaeilge learner, Duolingo streak at 400 days, tá mé bródúil
Scots lass, living in Texas now, nobody understands my accent
Proud Aboriginal woman, Wiradjuri country, always was always will be
Māori and proud, kia ora from Aotearoa
First Nations artist, beadwork commissions open
Sikh and proud. Visiting the gurdwara for langar on Sunday, all welcome
Vaisakhi celebrations in Southall were incredible this year
Christian, Sunday service then roast dinner, my perfect day
Easter egg hunt in the church garden for the little ones ✝️🐣
Catholic school girl grown up, still know every hymn
Muslim convert, my first Ramadan, the community has been so welcoming
Hijabi and a boxer, yes both, no I'm not hot in it
Buddhist practice has given me a lot of peace this year
Hindu wedding prep: mehndi tonight, sangeet tomorrow, I'm exhausted already
Navratri garba night, danced for 4 hours straight
Holi was so fun, I'm still pink a week later
Jewish and queer, double the festivals
bar mitzvah was yesterday, my cousin's speech made everyone cry
Pagan, celebrating the winter solstice with a fire and mulled wine
atheist but I love a Christmas carol
Hanukkah night 3, latkes are on
Onam sadya, 26 dishes on a banana leaf, I'm in heaven
Pongal celebrations with the family in Chennai 🌾
Mid-Autumn festival mooncakes, the lotus paste ones are the best
Día de los Muertos altar for my grandparents, marigolds everywhere
Juneteenth cookout at the park, everyone welcome
NAIDOC week, learning about the history of the land I live on
St Patrick's Day in Dublin, the parade was class 🍀
Burns Night: haggis, neeps, tatties and a terrible poem recital by me
Caribbean carnival in Notting Hill this weekend, soca all day
Windrush Day: thank you to the generation who helped rebuild Britain
Bengali new year, Pohela Boishakh, wearing my new sari
Proudly Yoruba, my name means "wealth has come home"
Igbo kwenu! New Yam festival was massive this year
Ghanaian jollof is better and I'm ready to debate it (lovingly)
Kenyan living in Manchester, I miss proper chai and sukuma wiki
Filipina nurse, proud of our community in the NHS
Korean-American, kimchi in my fridge and a baseball cap on my head
Japanese-Brazilian, yes we exist, yes the food is amazing
Half Jamaican half Scottish, curry goat and Irn-Bru
Mixed race, proud of both sides of my family
Deaf culture is a real culture and I'm so proud of my community
Disabled queer woman of colour, I take up space
Asexual and happily so. Ace pride 🖤🤍💜
Lesbian and married to the love of my life for 10 years
Trans youth deserve love and support. Proud mum of a trans daughter
My son came out as gay and I love him even more, if that's possible
Intersex awareness day, learning a lot today
Older and queer, came out at 62, never too late
Indigenous languages matter, teaching my kids Quechua
Pride in London was packed, the drag queens stole the show
Hindi movie night with subtitles for my English husband, he cried at DDLJ
Speaking Spanglish at home and loving it
Tamil pride, our language is older than most countries
my abuela's recipes are my inheritance
Our local mosque is doing an open day, come for tea and questions
interfaith dinner at the synagogue tonight, so much good food
Armenian and proud, lavash baking with my grandma
Ukrainian in Edinburgh, thank you Scotland for welcoming us
learning Urdu to talk to my nani properly
Thanksgiving as a Brit in America is my new favourite holiday
Kwanzaa with family, celebrating Umoja today
Lohri bonfire tonight, dhol playing, peanuts and rewri all round
Working class and first to university, proud of where I'm from
Northern and proud, gravy on chips is correct
Chuseok weekend, songpyeon with my halmeoni, she judged my folding
Proud Nigerian-Irish, I say 'grand' and 'abeg' in the same sentence
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
