"""locked9 benign pool: harmless texts with the same kinds of disguise.

DISGUISED_BENIGN_HAND are styled by hand; DISGUISED_BENIGN_SEEDS are plain benign
texts (optionally ``[marked]``) styled by transforms_disguise.
"""

from __future__ import annotations

from .poolutil import lines

DISGUISED_BENIGN_HAND = lines("""
𝓜𝓪𝔂𝓪 ✨ 𝓭𝓸𝓷'𝓽 𝓽𝓪𝓵𝓴 𝓽𝓸 𝓶𝓮 𝓫𝓮𝓯𝓸𝓻𝓮 𝓬𝓸𝓯𝓯𝓮𝓮
ｇｏｏｄ　ｖｉｂｅｓ　ｏｎｌｙ
g a m e  n i g h t  t o n i g h t, who's in
n00b got pwn3d lol gg wp
ʜᴀᴘᴘʏ ʙɪʀᴛʜᴅᴀʏ ᴛᴏ ᴍᴇ 🎂
1337 h4x0r m0de: 0n
ⓑⓡⓑ ⓓⓘⓝⓝⓔⓡ
🅱️ack in 5, grabbing chai
h\u200be\u200bl\u200bl\u200bo from the other side
вαкιηg ¢σσкιєѕ тσηιgнт 🍪
꧁ shadow_slayer ꧂ is online
xX_D4rkL0rd_Xx streaming at 8pm
Ｂ Ｒ Ｂ
s.o.s. need coffee
ɐɯɐzᴉuƃ ʍǝǝʞǝup
𝕺𝖓 𝖍𝖔𝖑𝖎𝖉𝖆𝖞 𝖚𝖓𝖙𝖎𝖑 𝖒𝖔𝖓𝖉𝖆𝖞
sh!t, forgot my keys again 🙃
what the f*** is this weather lol
𝙬𝙤𝙧𝙠𝙞𝙣𝙜 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚 𝙩𝙤𝙙𝙖𝙮
s l e e p y  s u n d a y
🅷🅰🅿🅿🆈 🅳🅸🆆🅰🅻🅸 🪔
𝐈𝐧 𝐚 𝐦𝐞𝐞𝐭𝐢𝐧𝐠 𝐭𝐢𝐥𝐥 𝟑
ⓛⓞⓥⓔ ⓨⓞⓤ ⓜⓤⓜ
l-o-n-g day, b-e-d time
g3tt1ng r34dy f0r th3 r41d 🎮
m4k1ng p4nc4k3s
ǝʌol ɥʇıʍ pǝʇɐʇoɹ
ｂａｃｋ　ｔｏ　ｓｃｈｏｏｌ　ｔｏｍｏｒｒｏｗ
✧･ﾟ: *✧ new blog post is up ✧*:･ﾟ✧
c\u200ba\u200bf\u200bé time ☕
ᴅᴏ ɴᴏᴛ ᴅɪsᴛᴜʀʙ, ᴇxᴀᴍs
𝔤𝔬𝔬𝔡 𝔪𝔬𝔯𝔫𝔦𝔫𝔤 𝔣𝔯𝔦𝔢𝔫𝔡𝔰
W O R K O U T  D O N E 💪
l u n c h
𝚌𝚘𝚍𝚒𝚗𝚐 𝚊𝚕𝚕 𝚗𝚒𝚐𝚑𝚝
ŝŧâŷ ĥøɱɇ, ŝŧâŷ ŝâƒɇ
𝘤𝘩𝘪𝘭𝘭 𝘷𝘪𝘣𝘦𝘴 𝘰𝘯𝘭𝘺
p-a-r-t-y at mine saturday!!
r u ok hun? x
n1c3 sh0t m8 🎯
\u0440\u0430rty t\u043enight 🎉
𝟐𝟎𝟐𝟕 𝐠𝐨𝐚𝐥𝐬: 𝐫𝐞𝐚𝐝 𝐦𝐨𝐫𝐞
ᵗⁱⁿʸ ʷⁱⁿˢ ᵗᵒᵈᵃʸ
#f.o.o.d.i.e life
🌸 ѕρяιηg ιѕ нєяє 🌸
k.i.l.l.i.n.g it at work today 💼
gg ez, n1c3 t34mw0rk b0ys
ｍｏｖｉｅ　ｎｉｇｈｔ 🍿
t\u200bh\u200ba\u200bn\u200bk\u200bs everyone x
𝓫𝓻𝓾𝓷𝓬𝓱 𝔀𝓲𝓽𝓱 𝓽𝓱𝓮 𝓰𝓲𝓻𝓵𝓼
""")

DISGUISED_BENIGN_SEEDS = lines("""
[happy] [birthday] sis, love you loads
on [holiday] until monday
[working] from home today
good [morning] everyone
[coffee] first, then everything else
[weekend] vibes at the beach
back to [school] tomorrow
[dinner] with the family tonight
[congrats] on the new job
[study] [mode] activated
[game] [night] tonight, bring snacks
[new] [puppy] arriving tomorrow
[raining] again in london
[chilling] by the pool
[streaming] at 8pm, come say hi
[thank] [you] all for the birthday wishes
[merry] [christmas] everyone
[happy] [eid] to all my friends
[happy] [diwali] to everyone celebrating
[sunday] [roast] at the pub
[exams] next week, wish me luck
[gym] [time]
[love] this song so much
[travel] [diaries]: day 3 in jaipur
[welcome] to my channel
[sale] at the bakery, come grab some bread
[best] [friends] forever
[new] [blog] [post] up now
[coding] all night again
[baking] bread this afternoon
[missing] my nan today
[summer] [holidays] are here
[gardening] [season] begins
[late] again, sorry
[cheers] mate, see you soon
[reading] a good book
[tired] but happy
[football] tonight, come on you reds
[cricket] [season] is back
[killing] it at work today
[smashed] my exams
[destroyed] my personal best at the gym
[crushing] these deadlines
[dead] tired after the party
[murdered] that karaoke song lol
[beast] [mode] at the gym
[insane] [view] from the top of the hill
[sick] [trick] bro
[savage] [comeback] by the team
[brutal] [workout] today
[nailed] the interview
[fire] [playlist] for the drive
[wicked] [weekend] away
[epic] [road] [trip]
[bomb] [food] at the new place
[crazy] [busy] day
[lit] [party] last night
[slaying] this outfit
[victory] [royale] with the squad
[headshot] [king] today
[clutch] 1v3 to win the round
[noob] here, any tips?
[respawning] in 5
[level] [up]
[speedrun] attempt tonight
[chai] and [biscuits]
[mango] [season] in india
[surf] is up at bondi
[footy] [finals] this weekend
[snow] [day] no school
[monsoon] [magic]
[sunset] at the beach
[new] [haircut], who dis
[homemade] [pizza] night
[hiking] in the blue mountains
[pottery] [class] tonight
[karaoke] with the girls
[pub] [quiz] champions
[brunch] [club] sunday
[movie] [marathon] weekend
""")
