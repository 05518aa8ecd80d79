"""Disguised scams (offensive/scam_disguised).

SCAM_DISGUISED_HAND is written already disguised. SCAM_DISGUISED_SEEDS are plain scams
whose braced words, phone numbers, domains and handles get obfuscated by ``scamobf.py``;
the plain seeds never go into the set. Numbers, handles and domains are invented.
"""

SCAM_DISGUISED_HAND = """\
text W I N to 8 4 4 2 2 for your f.r.e.e £500 voucher
wh@tsapp me 0 7 4 5 8 - 2 1 9 - 9 0 3 for the prize money
claim your voucher at amazon-rewards dot shop slash claim
DM me for ₿itcoin doubling 🚀 send 0.1 get 0.2
ⓕⓡⓔⓔ ⓝⓘⓣⓡⓞ → dlscord(.)gift
s3nd 0.1 B T C 9et 0.2 back in 30 m1ns
c@ll zero eight hundred, nine one five, three three eight zero. ur account is locked
verify your Еlеmеnt account at element-verify [dot] net or lose your messages
t e l e g r a m : @ c r y p t o _ k i n g _ f x for 300% returns
my account manager on teIegram is @Mrs_Helen_fx, she doubled my money
fr33 £500 v0uch3r, txt CLAIM 2 8 4 4 2 2
P.a.y.P.a.l: acc0unt l1m1ted, reply with ur l0gin to restore
inv3st w1th us, 3OO% r3turns gu@r@nt33d
HMRC r e f u n d £412 – reply with your c a r d details
add me on snap: sugar . daddy . bless 💸 weekly allowance, no meet
m a t r i x  s e c u r i t y: send ur r e c o v e r y  k e y to keep access
your parcel is held, pay at www . royalmail - redeliver . co . uk
wallet locked, verify at hxxps://coinbase-verify[.]app
WhatsApp ➡️ +4 4 7 7 0 0 9 0 0 4 6 1 💰 earn £££ from home
𝐞𝐚𝐫𝐧 $𝟓𝟎𝟎/𝐝𝐚𝐲 𝐟𝐫𝐨𝐦 𝐡𝐨𝐦𝐞 → 𝐃𝐌 𝐦𝐞 𝐟𝐨𝐫 𝐝𝐞𝐭𝐚𝐢𝐥𝐬
ＦＲＥＥ ＢＴＣ ｇｉｖｅａｗａｙ ｓｅｎｄ ０.０１ ｇｅｔ ０.１
c r y p t o  r e c o v e r y, we get your stolen funds back. ig: recover.my.funds
remote job £400/day, apply wa dot me slash 447700900123
🅵🆁🅴🅴 🅸🅿🅷🅾🅽🅴 for the first 50, dm ur address + card for postage
0 8 0 0 - 0 4 8 - 7 7 1 2, ur b@nk acc is fl@gged, call now
give us your seed phr@se to c@ncel the withdr@wal, dm supp0rt
l0an w1th n0 cr3d1t ch3ck, c a l l  M r  J a m e s
email claims(dot)agent(at)gmail(dot)com to receive your winnings
binance gift event today only — b i n a n c e - g i f t . c o m
dm телеграм @crypto_signals_vip for free pumps
Ｅｌｅｍｅｎｔ ｓｕｐｐｏｒｔ: verify your security key in DM or your account is deleted
ur P A C K A G E is on hold 📦 reply with card info to release
sugar daddy 🍭 s.e.n.d y.o.u.r c.a.s.h.a.p.p and get blessed $1k
Uɴᴄʟᴀɪᴍᴇᴅ ᴘᴇɴꜱɪᴏɴ ᴏꜰ £14,300 — ᴄᴀʟʟ ᴏᴜʀ ʜᴇʟᴘʟɪɴᴇ ᴛᴏᴅᴀʏ
𝙘𝙡𝙖𝙞𝙢 𝙮𝙤𝙪𝙧 𝙛𝙧𝙚𝙚 𝙜𝙞𝙛𝙩 𝙘𝙖𝙧𝙙: 𝙙𝙢 𝙢𝙚 𝙮𝙤𝙪𝙧 𝙚𝙢𝙖𝙞𝙡
hey mum new numbr, whats@pp me on 0 7 9 I 2 3 4 5 6 7 8, need help w rent
Tax r3fund £268 – cl@im @ g o v - u k - r e f u n d (.) info
ETH d0ubl3r: s3nd t0 0x4f3a...9e2d, g3t 2x b4ck 🔥
job offer!! £45/h data entry, pay £60 reg fee, contact on w h a t s a p p
c o n g r a t s 🎉 u w0n an iPh0ne, cl@im at: bit[.]ly/fr33-ph0ne
"""

SCAM_DISGUISED_SEEDS = """\
you won a £1000 {Tesco} {voucher}, call 07458 219903 to {claim}
{free} {bitcoin} {giveaway}: send 0.05 BTC to get 0.1 back, telegram @btc_doubler_live
your {parcel} is on hold, pay the fee at royalmail-fee-uk.com
{verify} your {Element} account at element-safety-check.net
{urgent}: your {bank} account is {locked}, call 0800 915 3380
{whatsapp} me on +44 7700 900461 for the {prize}
{invest} $200 and get $6000 in a week, dm @fx_master_ben
claim your {refund} of £412 at hmrc-tax-rebate.info
{crypto} {recovery}: we recover stolen funds, contact recoverpro@protonmail.com
{sugar} {daddy} paying $1500 weekly, text 555-0192
{hiring} remote {workers}, $300/day, whatsapp +1 347 555 0188
your {PayPal} is {limited}, restore at paypal-resolve-center.com
{Matrix} {security}: send your recovery key to @admin:matrix-secure.org
{congratulations} you won an {iPhone}, text WIN to 84422
{free} {nitro} for everyone at discord-nitro-gift.com
your {Netflix} {payment} failed, update at netflix-billing-help.com
{HMRC} warrant issued, call 020 3966 1184 to avoid {arrest}
{double} your {ETH}, send to wallet and visit eth2x.live
{loan} with no {credit} {check}, call Mr. James on +234 803 555 2210
{earn} £500 a day from home, sign up at easy-cash-jobs.biz
your {Apple} {ID} is locked, text your password to 07300 112 984
{pension} {release}, call 0800 612 8474 today
{lottery} {winner}: email claims.agent@gmail.com with your bank details
{Amazon} {gift} {card} for you at amazon-anniversary.top
{forex} {signals} 95% win rate, join t.me/vipsignals_official
hi mum, new {number}, {whatsapp} me on 07912 345678
{customs} fee for your {package} is £2.99, pay at dhl-customs-pay.com
your {account} will be {deleted}, {verify} now at fb-security-check.net
{guaranteed} {profit} 40% monthly, message @goldinvest_uk
{Coinbase} {support}: give your seed phrase to cancel the withdrawal, call 1-844-555-0147
{Microsoft} {support}: virus detected, call 1-844-555-0177
{free} {money} from the government, dm @grant_helper_uk
{cash} {app} {flip}: send $100 get $1000, cashtag $flipking
{Element} storage full, upgrade at element-upgrade.app with your login
{Steam} gift waiting at steamcommunnity.com/gift/8831
{mystery} {shopper} jobs £500/day, email jobs@shopper-uk.net
your {DPD} {delivery} failed, reschedule at dpd-reschedule-parcel.com
{tax} {rebate} of £389 ready at refund-hmrc-portal.com
{airdrop}: 500 free tokens, connect wallet at claim-airdrop.xyz
{lonely} {widower} needs help with itunes cards, text 07584 331 091
{police} notice: your ID was used in fraud, call 07584 331 092
your {TV} {licence} expired, pay by calling 0300 790 6121
{VIP} {crypto} group, 10x returns, whatsapp +44 7911 123456
{staking} {pool} pays 5% daily, deposit at stakemaxx.finance
{recovery} {key} needed to keep your session, send it to @support:element-help.org
{winner} of £50,000 Vodafone draw, call +44 20 7946 0213
{Santander}: your {card} is {suspended}, call 0800 048 7712
{energy} {rebate} of £237, reply with your bank details to 07723 419 228
{get} {rich} with my course, sign up at richfast-academy.com
{free} {followers}, 10k instantly, give your login to @growfast_ig
{grant} of £5000, pay the £95 fee, call 0800 808 3312
{bitcoin} {doubler} legit 100%, wallet in bio, see btc-double-now.com
your {EE} {bill} failed, call 0330 024 9981 to avoid {disconnection}
{modelling} {agency} wants you, pay £300 at star-models-uk.com
{WhatsApp} {Gold} upgrade at whatsapp-gold.download
{unclaimed} {inheritance} of $12m, email executor.office@outlook.com
{Royal} {Mail}: confirm delivery at rm-parcel-track.info
{loyalty} {reward} waiting, reply CLAIM or call 0161 850 3317
{verify} your {device} at https://matrlx.org/verify-device
{investment} {manager} Mrs. Helen, +1 (347) 555-0192, $500 becomes $24,000
"""
