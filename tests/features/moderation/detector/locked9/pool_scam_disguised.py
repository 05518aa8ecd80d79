"""locked9 offensive pool: disguised scams.

SCAM_DISGUISED_HAND are obfuscated by hand; SCAM_DISGUISED_SEEDS are plain scams
(numbers, links, handles and ``[marked]`` words) fed to transforms_scam.
"""

from __future__ import annotations

from .poolutil import lines

SCAM_DISGUISED_HAND = lines("""
W h a t s A p p me on 0 7 7 0 0 9 0 0 2 1 3 for the job details 💼
cl4im ur fr33 pr1ze n0w, only 10 left!!
visit claim-prize dot com slash winner to get your gift card
bitc0in d0ubling event l1ve now, send 0.1 get 0.2 back
ＦＲＥＥ　ＮＩＴＲＯ　ｆｏｒ　ｅｖｅｒｙｏｎｅ　ｃｌａｉｍ　ｎｏｗ
DM @ c r y p t o . k i n g . o f f i c i a l for 10x signals
join t.me/ airdrop_bonus_hub (remove the space) for free tokens
your р\u0430yp\u0430l account is limited, confirm your details by reply
Ｅｌｅｍｅｎｔ　ｓｅｃｕｒｉｔｙ: send your recovery key to keep your account
call zero eight zero zero, four six one, two two nine zero to claim your refund
wh@tsapp +44 seven seven zero zero nine double-oh three one four for easy money
add me on tele-gram: inv3st_with_anna 📈 guaranteed pr0fits
ⓦⓗⓐⓣⓢⓐⓟⓟ ⓜⓔ ⓕⓞⓡ ⓕⓡⓔⓔ ⓜⓞⓝⓔⓨ
earn $$$ fr0m h0me, msg me on s i g n a l for the link
g o o g l e  p l a y  gift card giveaway, reply with your email
your B.T.C wallet needs v.e.r.i.f.i.c.a.t.i.o.n, send your seed phrase
c0ngr@tul@ti0ns y0u w0n @n !ph0ne 15, pay d3liv3ry f33
ｆｒｅｅ　ｒｏｂｕｘ → robux-free[.]site
👉 hxxps://steamcommunity-gift[.]ru/claim 👈
A\u200bm\u200ba\u200bz\u200bo\u200bn: your account is on hold, call 0800 \u200b066 \u200b5532
𝐅𝐑𝐄𝐄 𝐆𝐈𝐅𝐓 𝐂𝐀𝐑𝐃 𝐅𝐎𝐑 𝐓𝐇𝐄 𝐅𝐈𝐑𝐒𝐓 𝟏𝟎𝟎 𝐏𝐄𝐎𝐏𝐋𝐄, 𝐃𝐌 𝐌𝐄
𝓼𝓾𝓰𝓪𝓻 𝓭𝓪𝓭𝓭𝔂 𝓵𝓸𝓸𝓴𝓲𝓷𝓰 𝓯𝓸𝓻 𝓪 𝓫𝓪𝓫𝔂, $𝟓𝟎𝟎 𝔀𝓮𝓮𝓴𝓵𝔂, 𝓭𝓶 𝓶𝓮
m@trix s€curity t€am: your acc0unt will b3 d€l€t€d, reply with your p@ssword
i made 5k this week from cr¥pto, ask me h0w 🤑
rec0ver your l0st funds, c0ntact h3ck3r_j0hn on ins+a
tax r.e.f.u.n.d of £468 waiting, reply with your s.o.r.t c.o.d.e
P-a-y-P-a-l: unusual activity, call +1 eight eight eight 555 zero one two three
text WIN to seven seven zero zero nine to claim your £1000 voucher
j0b 0ff3r: ₹5000 d@ily, w0rk fr0m h0me, wh@tsapp n0w
v e r i f y  y o u r  e l e m e n t  a c c o u n t  h e r e: element-verify (dot) app
ur p@rcel is h3ld, pay £1.99 at royaImail-fees.com (that's a capital i, not an L)
d m for inv3stm3nt tips, 300% returns in 2 weeks, n0 r1sk
🅵🆁🅴🅴 🅼🅾🅽🅴🆈 dm me
Ｗｈａｔｓａｐｐ　＋９１　９８７６５　４３２１０　ｆｏｒ　ｐａｒｔ　ｔｉｍｅ　ｊｏｂ
hey sw33tie i n33d h3lp with my visa, s3nd st3am c4rds pls 💕
clαim your αirdrop before it ends: claim-airdr0p(.)xyz
Ꭺpple support: your ID is locked, call us to unlock
gift cards 4 sale 50% off, c@sh app only, dm me
ⓓⓞⓤⓑⓛⓔ ⓨⓞⓤⓡ ⓑⓘⓣⓒⓞⓘⓝ
the b a n k called, ur account is b l o c k e d, share the o t p
frее nitro, just scаn the QR code with your discord app 🎁
m.a.k.e £500 a d.a.y from h.o.m.e, ask me
your ɴᴇᴛꜰʟɪx payment failed, update details within 24h
send 1 e t h, get 2 e t h back. official giveaway. limited time.
ｐｅｎｓｉｏｎ　ｒｅｖｉｅｗ: call ０８００ ８０８ ２２１１ today
elon's g1v3away is l1ve, don't m1ss it, dm "ELON"
h e l p i n g  p e o p l e  r e c o v e r  s c a m m e d  f u n d s, inbox me
inbox me 4 c.h.e.a.p i.p.h.o.n.e.s, bank transfer only 📦
y0ur 𝗛𝗠𝗥𝗖 r3fund is r3ady, r3ply w1th your b@nk d3tails
msg 'GROW' to 0⃣7⃣7⃣0⃣0⃣9⃣0⃣0⃣5⃣5⃣1⃣ to join my trading group
""")

SCAM_DISGUISED_SEEDS = lines("""
[Congratulations], you have won a [free] [iPhone], call 07700 900217 to claim
text 07700 900842 on [WhatsApp] for a [guaranteed] [income] from home
[claim] your [prize] at winner-claims.xyz before midnight
send [bitcoin] to me and i'll [double] it in an hour
your [PayPal] account is [limited], verify at paypal-resolution-center.com
message @cryptoqueen_signals for [guaranteed] [profits] 📈
[Element] [security]: your account will be [deleted], DM @verify-bot:matrix-support.org
your [bank] [account] is [blocked], call 0203 946 0771 immediately
[HMRC]: you are owed a [tax] [refund] of £412, claim at hmrc-refunds-claim.site
[free] [nitro] for everyone, grab it at discord-gift-nitro.com
[Amazon]: your [order] of £899 is [confirmed]. not you? call 0800 066 5512
[Royal] [Mail]: pay a [redelivery] fee at royalmail-parcel-fee.com
[crypto] [investment], 40% weekly returns, message @wealthcoach_mike
[sugar] [daddy] looking for a [baby], add me on telegram @spoilyou_daily
[urgent]: your [Netflix] is [suspended], update billing at netflix-renew.info
hey it's mum, this is my new [number], please text me on 07700 900119
[job] [offer]: earn £300 a day from home, [WhatsApp] +44 7700 900458
[recover] your [stolen] [crypto] with our experts, contact @fund_recovery_uk
[Apple] [ID] [locked], unlock it at appleid-unlock-support.com
your [parcel] could not be [delivered], reschedule at parcel-redeliver.top
[verify] your [Matrix] [account] at matrix-verify-login.app or lose access
win a [free] [PS5], just pay [shipping] at ps5-giveaway.shop
[pension] [unlock] available, call 0800 808 1176 for a free review
[lottery] [winner]! send your [bank] details to claims@euro-lotto-win.com
[investment] [opportunity]: 10x your money in a month, DM @forex_guru_official
[Binance] [support]: your funds are [frozen], contact @binance_help_desk
the [IRS] is filing a [lawsuit] against you, call 1-202-555-0143 now
[work] from [home], $500 per day, text (415) 555-0187 for details
[Steam] [gift] card [giveaway] at steam-free-cards.net
your [WhatsApp] will [expire], send the [code] we just sent you
[hot] [singles] in your area want to chat, sign up free at hotmatch-now.site
[Coinbase]: [unauthorised] login detected, call +1 888 555 0166
[Telegram] [premium] [free] for 1 year, claim at t-premium-gift.org
[DPD]: your [package] is on hold, pay £2.49 at dpd-holdfee.com
[SBI] [KYC] [pending], account will be [blocked], call 98765 43210
[Paytm] [cashback] of ₹5,000 [credited], claim at paytm-cashback-claim.in
[earn] [₹2000] [daily] liking posts, WhatsApp +91 98111 23456
[Elon] [Musk] [giveaway]: send BTC to the address at musk-btc-event.live
[your] [account] has been [hacked], reset it at account-secure-reset.com
[Microsoft] [support]: your PC is [infected], call 1-866-555-0129
[free] [V-Bucks] generator at vbucks-gen.xyz, no survey
[loan] [approved] without credit check, call 0161 496 0824
[Medicare] [benefits] [update] required, call 1-877-555-0138
[ATO] [refund] of $845, confirm at ato-refund-au.site
[Centrelink]: payment on [hold], verify at mygov-centrelink-check.com
[Australia] [Post]: parcel [held], pay $3.20 at auspost-release.info
[double] your [USDT] in 24 hours, DM @usdt_doubler
i can [recover] your [hacked] instagram, message @insta_recover_pro
[Venmo]: you [received] $500, accept at venmo-transfer-claim.com
[Cash] [App] [flip]: send $100 get $1000, text (312) 555-0172
[hello] [dear], i'm a [soldier] abroad, i need [help] with money, email me at capt.john@lovemail.me
[Facebook] [security]: your page will be [disabled], appeal at fb-appeal-center.site
[Instagram] [verification] badge, apply at ig-verify-badge.com
[free] [gift] [card] for completing a survey at rewards-survey-now.club
[Tesco] [Clubcard] [points] expiring, redeem at clubcard-rewards.online
[Barclays]: new [payee] added, not you? call 0345 734 0912
[NatWest] [alert]: suspicious payment, call 0161 496 0781
[Lloyds]: your [card] has been [frozen], text back your card number to 07700 900363
[NHS] [covid] [pass] fee, pay at nhs-pass-fee.com
[DVLA]: [refund] due on your [vehicle] [tax], claim at dvla-refund-claim.co
[TV] [licence] [expired], renew at tvlicence-renewal.info
[Evri]: failed [delivery], book at evri-missed-parcel.com
[O2]: your [bill] [payment] failed, update at o2-billing-update.net
[Vodafone] [loyalty] [reward]: claim your free phone at vodafone-rewards.club
[EE] [refund] of £42.10, claim at ee-refund-portal.com
[Gov.uk]: [energy] [grant] available, apply at energy-grant-apply.online
[Jio] [KYC] [update] required, call 70443 21987
[electricity] [bill] [overdue], connection cut tonight, call 98300 11223
[customs] [fee] for your [parcel], pay via UPI to 9911223344@paytm
[Flipkart] [lucky] [draw] [winner], pay ₹499 GST at flipkart-luckydraw.in
[Amazon] [part-time] [job], ₹3000/day, message +91 70000 12345
[crypto] [mining] [app], deposit $100 earn $30 daily, invite code at minepro-app.vip
[AI] [trading] [bot], 3% daily profit, join @aitrade_profits
[Element] [admin] here, send me your [security] [key] to restore your [backups]
[Matrix] [homeserver] [upgrade], log in at matrix-homeserver-upgrade.com
[room] [verification] required, send your [password] to @roomguard:matrix-help.net
your [session] [expired], sign in at app-element-login.io
[Spotify] [Premium] [free] for 6 months, claim at spotify-free-premium.site
[Uber] [credit] $50, claim at uber-credit-gift.me
[Google] [security] [alert], call 1-844-555-0182
[Wells] [Fargo]: [card] [locked], call 1-650-555-0164
[Chase]: [unusual] [activity], verify at chase-verify-alert.com
[Zelle] [payment] [pending], confirm at zelle-pay-confirm.net
[student] [loan] [forgiveness], apply by calling 1-888-555-0107
[mystery] [shopper] wanted, £200 per task, email jobs@mystery-shop-uk.co
[free] [puppy], just pay £250 [transport], text 07700 900528
[flat] to [rent], pay [deposit] first, i'm abroad, email landlord.mike@rentmail.co
[PS5] for £120, [bank] [transfer] only, text 07700 900674
[Starlink] [dish] [free], pay £2 delivery at starlink-promo.shop
[airdrop] [live], connect wallet at token-airdrop-claim.xyz
[presale] [ending], 100x [coin], buy at moonrocket-presale.io
[OnlyFans] [free] [access], log in with your Google at of-free-access.com
[Roblox] [free] [Robux], enter your [password] at robux-now.site
[Fortnite] [skins] [giveaway] at fn-skins-giveaway.com
[Discord] [staff]: your account is [flagged], contact @discord_trust_safety
hey i [accidentally] [reported] you, message @admin_support_team to fix it
[vote] for me in this [contest], log in at vote-contest-now.com
your [nude] [photos] are [leaked], check at leaked-pics-view.com
i [recorded] you, pay $800 in [bitcoin] or i [share] it, wallet in my bio
[Detective] [Sharma], Mumbai [Police]: [parcel] with [drugs] in your name, call 98200 55667
[EPFO] [PF] [withdrawal] [approved], share OTP at 90040 77889
[Qantas] [free] [flights], claim at qantas-points-gift.com
[Telstra] [refund] $60, claim at telstra-refunds.site
[Optus] [data] [breach] [compensation], apply at optus-compensation.info
[toll] [unpaid], pay $9.80 at linkt-toll-pay.com
[Medibank] [refund], reply with your BSB and account number
[MyGov] [message] [pending], log in at mygov-message-inbox.com
[hi] [dad], new number, text me on 07700 900731 asap
[Netflix] [household] [fee] due, pay at netflix-household-fee.com
[grandma] it's me, i'm in [trouble], please send [bail] money, call 0113 496 0557
""")
