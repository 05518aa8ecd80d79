"""Scam texts obfuscated by hand, and scam seeds for the transforms.

In a seed, braces mark the lure words to disguise; numbers and links in a seed are
obfuscated by the transforms. Every number, handle and domain here is invented.
One text per line; a line ending in a backslash continues on the next line.
"""

SCAM_DISGUISED_HAND = """
claim ur fr33 £500 v0ucher at asda-rewards[.]top
w.h.a.t.s.a.p.p me on plus four four seven seven zero zero nine zero zero four eight one
DM for b1tc0in d0ubling, 2x guaranteed 💰
cl@im your prize: hxxps://prize-center[.]win/claim
tеxt W1N to eight zero zero eight eight for your free iphone
send your s e e d  p h r a s e to support to unlock your wallet
c a l l  0 8 0 0 - 5 5 5 - 0 1 9 9 to restore your bank access
your parcel is held, pay at royalmail (dot) redelivery (dot) info
g!ft c@rds needed urgently, send the c0des to me now
earn $$$ from h0me, 300/day, wh@tsapp +44 77OO 9OO 762
free n1tr0 🎁 discord-gifts dot click slash nitro
v3rify your w@llet: metamask-verify [dot] net
1nvest with me & d0uble your m0ney in 24h, msg me
fr€€ a1rdrop!! first 500 wallets, DM ur wallet + s33d
☎️ 0️⃣8️⃣0️⃣0️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣1️⃣7️⃣ your pc is infected call now
l0ttery w1nner!! contact agent on t3legram @claims_desk_uk
unpaid t0ll fee, pay at ezpass-tolls • com / pay
your a c c o u n t is s u s p e n d e d, reply with the c o d e
h t t p s : / / b i n a n c e - k y c . o r g verify now
🅒🅛🅐🅘🅜 your free £1000 voucher, text WIN to 80088
crypto 2x 🚀 send 0.1 b.t.c get 0.2 back
add me on wa: seven zero zero zero five, five five one two three, for kbc lottery
ⓕⓡⓔⓔ ⓑⓘⓣⓒⓞⓘⓝ dm me
hiring!! 💼 €arn 5OO usdt daily, dep0sit 1OO to activate
pay the re-delivery fee at dhl-parcel-track[.]help
your paypal is l1m1ted, call one eight eight eight five five five zero one eight seven
🎰 big w!n 🎰 collect at lucky-spin-bonus(.)club
send 5 st3am g1ft c4rds & i'll pay u back x2
ur Apple ID is l0cked, unl0ck @ appleid-unlock-support[dot]info
mum it's me, new numbr 07700 9OO 3I5, pls send £420 urgently x
w-h-a-t-s-a-p-p +234 8O9 555 0123 for your N5,000,000 promo prize
ⓓⓞⓤⓑⓛⓔ your crypto with our a.i. bot
investment group 💸 30%/week 💸 t . me / profit_kings_vip
fr3e r0bux 10k!! just send ur l0gin
matrix supp0rt: send your r3covery k3y to verify
your sbi acc0unt will be bl0cked, share 0TP with officer
get rich quick 🤑 my m3nt0r turned 250 into 12k, ask me
v e r i f y your a p p l e i d at appleid-help (dot) site
hmrc tax r3fund £826, reply with s0rt c0de & acc0unt n0
sugar daddy 💵 2k weekly, first s3nd 50 to verify u r real
claim ur $1OOO walmart g!ft card → walmart-survey-rewards[.]shop
+1 (555) 0I4-229O apple support, call to unlock your device
c.o.i.n.b.a.s.e support: share your 2fa c0de to secure your account
tоll unpаid, pаy now or licence suspended: ezpass-pay dot com
you w0n the euromill!ons promo, contact mr david brown on wh@tsapp
free e.t.h airdrop 🪂 connect wallet at eth-bonus[.]org
urgent 🚨 your n3tfl!x payment failed, update card at netflix-billing-help(.)xyz
reply with ur netbank l.o.g.i.n to unlock your card
text L O A N to six zero seven seven seven for guaranteed approval
job 0ffer: $80/hr remote, c0ntact hr on telegram @amz_hr_desk
earn 2% daily 📈 min dep0sit 100 u$dt, dm
b!nary 0pti0ns made me a millionaire, msg me to learn
gift card sc4m? no!! legit, send c0des to my assistant
your ledger was leaked, send your 2 4 w o r d s to migrate
call ☎ zero three three zero, five five five, zero one seven two to rearrange delivery
ur mtn line w0n N5m 🎉 send N10k pr0cessing fee
i can d0uble ur m0ney in 3 days, na sure pl*g, dm
$ign up & earn: quick-cash-jobs[.]biz
fr££ spin 🎡 at wоolworths-rewards-au[.]top
h-m-r-c: you are owed a refund, reply with your b.a.n.k details
send 0.1 ₿ and receive 0.2 ₿ instantly, giveaway ends tonight
𝐜𝐥𝐚𝐢𝐦 𝐲𝐨𝐮𝐫 𝐚𝐢𝐫𝐝𝐫𝐨𝐩 uniswap-airdrop-claim[.]site
ＦＲＥＥ ＩＰＨＯＮＥ reply YES with ur address
tr4ding s1gnals 99% w1n rate, vip channel 99 bucks
ur ins+a will be deleted, send p@ssw0rd to appeal
whatsapp = plus one, five five five, zero one four eight, for fund recovery
paytm kyc p3nding, call our ex3cutive 7OOO5 555I23
your packаge is held at customs, pаy R45 to 072 555 Ol34
wire the ov3rpayment back via g1ft cards today pls
unl0ck your w@llet, we need your s.e.e.d p.h.r.a.s.e
gov grant $9OOO, release fee $2OO in gift cards
c r y p t o  g i v e a w a y, send 1 eth get 2 back
bank alert: read me the O T P to reverse the transaction
cl4im ur c0mpensation fund of $1.5m, send b4nk details
fr33 data bundle 10GB 🎁 claim at bit[.]ly/fr33data-mtn
deal of the year 👉 gemx-presale · finance 👈 100x guaranteed
your icl0ud is full, upgrade fr33 at icloud-storage-free[.]app
watch ads earn crypt0, sign up w/ your w@llet + s33d
sec0nd chance lottery: call uno ocho cero cero, cinco cinco cinco, cero uno nueve cero
reply with your 6 d!g!t c0de so we can secure your account
the a!rdr0p is live, send seed to claim 5000 tokens
guaranteed l0an, pay £75 f33 upfront
mystery sh0pper $400/assignment, send bank l0gin
hey dear 🌹 i am UN d0ctor in yemen, help me move my $avings
dear friend i am barr!ster okafor, your late relative left $4.7m
wh@ts@pp ⁺⁴⁴ ⁷⁷⁰⁰ ⁹⁰⁰ ⁴⁸¹ to claim
eskom: pay R3OO reactivation fee today or stay blocked
ur amazon order is on h0ld, verify payment at amazn-secure-orders[.]com
see who viewed ur profile 👀 profile-viewers-check dot app
is this u in this vid?? 😳 bit-vid[dot]click/x9k2
free tesla 🚗 giveaway: tesla-free-giveaway (dot) org
fifa t!ckets fr33, 2 per person, grab @ fifa-tickets-free[.]store
i'm a crypt0 rec0very expert, pay small upfront fee
ph0ne: 0 8 0 0 5 5 5 0 1 6 3, police warrant in your name, call now
canada revenue: pay back taxes in b!tc0!n within 2 hrs
investment 💎 gold mining shares 400% 💎 limited slots, wh@tsapp me
"""

SCAM_SEEDS = """
{congratulations} you won a {free} £750 gift card, text {WIN} to 81234
{claim} your {prize} now at winner-rewards-hub.top/claim
{whatsapp} +44 7700 900517 to collect your {lottery} payout
{bitcoin} {giveaway}: send 0.05 BTC and get 0.1 BTC back
call 0800 555 0144 now, your {bank} {account} is {suspended}
{verify} your {wallet} at https://wallet-sync-secure.net
your {parcel} is held, pay the £2.10 {fee} at parcel-redelivery-uk.info
{free} {nitro} for 1 month at discord-nitro-claim.gift
send your {seed phrase} to our {support} team to restore access
{urgent}: unpaid toll of $5.25, pay at tollpay-notice.com
{investment} group, {guaranteed} 25% weekly, whatsapp +27 72 555 0176
{double} your {crypto} today at https://crypto-2x-event.live
{job} offer: earn £40/hr, text {JOB} to 07700 900233
dear {winner}, call +234 803 555 0161 to claim N3,000,000
{refund} of £480 pending, confirm at refund-portal-gov.uk.claims.site
your {apple} {id} is locked, call +1 555 0131 to unlock
{airdrop} live: connect your wallet at airdrop-claim-zone.xyz
{gift} {cards} needed, send the {codes} to 07700 900688 asap
{free} {iphone} for the first 100, reply with your address and card
{crypto} {recovery} agent, whatsapp +1 555 0152, small upfront fee
{kyc} {pending}, call 98100 55523 or your account will be blocked
your {netflix} is {suspended}, update billing at netflix-renew-billing.com
{claim} {free} {robux} at robux-bonus-center.io
{earn} $300 daily from home, register at easy-earn-daily.work
{lottery} {winner}!! call 1 800 555 0165 within 24 hours
{security} {alert}: send the {code} we texted to 07700 900410
{urgent} {payment} needed, wire $900 today, my account is frozen
{prize} {draw}: you won $25,000, pay $150 release fee at prize-release.win
{verify} your {account} now: https://matrix-account-review.co/login
{dm} me for {free} {bitcoin}, first 20 only
{tax} {refund} of $1,140 ready, reply with card details or visit ato-refund-au.com
{package} {delivery} failed, reschedule at courier-redeliver.site or call 0330 555 0119
{free} {airdrop} 3000 tokens, send wallet + {seed} to @airdrop_admin
{investment} {opportunity} 500% returns, whatsapp +91 98765 55501
{guaranteed} {profit} 40% a week, join at vip-signal-room.club
{claim} your {compensation}: call +44 20 7946 0812
{winner}!! your number won the {promo}, call 0803 555 0199
{support} {team}: your steam account is flagged, log in at steam-appeal-desk.com
{free} {gift} {card} for reviewing our app, enter card details at review-reward.shop
{loan} {approved}, pay £60 fee, text {YES} to 60123
{unlock} your {wallet} at ledger-restore-secure.app
{bank} {alert}: call 1 888 555 0121 and confirm your pin
{sugar} {daddy} wants to spoil you, send $30 to verify, cashapp $spoilbaby555
{your} {account} will be {deleted}, confirm at account-status-check.net
{earn} {usdt} daily, deposit 50 usdt at task-earn-pro.vip
{congrats}!! you're our 1,000,000th visitor, claim at lucky-visitor-prize.click
{hot} {singles} want to meet you, pay £5 to unlock chat at meet-local-now.date
{police} {warrant}: pay fine now by calling 0800 555 0106
{immigration} {visa} guaranteed, call +1 555 0177 today
{win} a {free} holiday, text {BEACH} to 88123
{claim} your {inheritance}, email barrister.okoro.claims@proton.example
{toll} {unpaid}, pay within 12 hours at e-toll-settle.com
{recover} your {hacked} account, dm @account_fixer on telegram
{free} {spins} 500 no deposit at spin-palace-bonus.bet
{exclusive} {presale} live at token-presale-now.finance
{double} your {money}, send to paypal limitless.returns@mail.example
{urgent} {hmrc} notice: call 0161 555 0140 before 5pm
{crypto} {giveaway} from elon, send eth to claim 2x at elon-drop.live
{remote} {job}: $60/hr reviewing hotels, whatsapp +1 555 0158
{final} {notice}: your subscription renewed for £299, call 0800 555 0183 to cancel
{free} {ps5}, just pay shipping at console-giveaway.store
{bank} {security}: share your {otp} to cancel the transfer
{congratulations}, your email won $800,000, reply with your full name and phone
"""
