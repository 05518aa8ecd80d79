"""Disguised scams (offensive / scam_disguised).

DISGUISED_HAND lines are written already disguised. DISGUISED_BASES lines carry markers that
transforms.py renders in a disguised way: {P:...} phone number, {U:...} web address,
{H:...} account handle, {K:...} platform name or trigger word. Each base is used once.
"""

# ruff: noqa: E501

DISGUISED_HAND = """
whats@pp me on + 4 4 7 7 0 0 9 0 0 6 1 8 for daily crypto signals 🚀 guaranteed 10x
ｆｒｅｅ ｎｉｔｒｏ for everyone in this server, claim before midnight → discord-gifts (dot) shop
c l a i m your £500 tesco voucher at tesco-rewards [.] shop, only 40 left
send 0.1 ₿TC to the w@llet in my bi0 and get 0.2 back, elon confirmed it
dm me on t*e*l*e*g*r*a*m @ c r y p t o _ m a r c u s and i'll show you how i made 40k
🅵🆁🅴🅴 🅱🆃🅲 giveaway today only, message the admin to enter
earn $$$ from home daily, add me on wh4ts4pp: seven seven zero zero, nine zero zero, three one two
ig: investwith _ _ laura (remove the spaces) she turned my £300 into £4k in a week
your HMRC r e f u n d is ready, visit h m r c - refunds dot co dot uk to claim
Ꭰiscord Ѕupport: your account is flagged. Reply with your login to avoid a ban
cash fl1p 💸 s3nd £100 g3t £1000 back within the hour, 100% l3git
teIegram me @ forex.mentor.jay (that's a capital i not an L) for the signals group
A-m-a-z-o-n t-a-s-k j-o-b, earn ₹5000/day, whats app 9 8 2 0 0 – 5 5 4 1 2
ph0ne n0 o7seven0o nine0o 4four1 call now for your r3fund
📲 add ➡️ sn@p: cashqueen.x 💰 I only help 5 people a day to make 💵💵💵
your p a y p a l is limited. go to paypal-resolve 。 com to unlock
wᴀɴɴᴀ ᴇᴀʀɴ 500/ᴅᴀʏ? ᴅᴍ ᴍᴇ ᴏɴ ᴛᴇʟᴇɢʀᴀᴍ @ʀɪᴄʜᴍɪɴᴅꜱᴇᴛ
bitc0in d0ubling service ✅ legit ✅ proof in bio ✅ msg the number: zero four nine one, five seven zero, one five six
hey gorgeous 😘 I'm not on here much, find me on the app with the green phone icon: four four seven seven zero zero nine zero zero eight eight one
🎁 S͟t͟e͟a͟m͟ ͟G͟i͟f͟t͟ 🎁 $50 for first 100 → steamcommunnity . ru/gift
crypto recovery h a c k e r, got back 3 btc for my client, contact: recoverypro at proton dot me
𝐅𝐑𝐄𝐄 𝐌𝐎𝐍𝐄𝐘 𝐅𝐑𝐎𝐌 𝐓𝐇𝐄 𝐆𝐎𝐕𝐄𝐑𝐍𝐌𝐄𝐍𝐓 🇬🇧 claim your £650 grant, text GRANT to o-seven-seven-double-o-nine-double-o-four-four-two
investment group 📈 📈 join via wa dot me slash 447700900516 only serious people
Ιnvеst 100 gеt 1000 in 24 hоurs, DM fоr dеtаils
sugar daddy looking for a sugar baby 💰 I pay $2k weekly allowance, just need a $50 verif fee. my k1k: daddy_r1ch_88
U.S.D.T task job, top up and earn 30% commission, whatsApp +1 (555) zero one nine two
kbc l0ttery w1nner!! ₹25 lakh, contact manager on whatsapp nine eight two zero zero, five five six zero one
ur parcel is held, pay 1.45 at r o y a l m a i l - r e d e l i v e r y . c o m
Ａｐｐｌｅ ＩＤ locked, restore access at appleid-verify(.)help
DM m3 f0r th3 s3cr3t 1nv3stm3nt gr0up, 2% da1ly g4rant33d
n1tro g1ft 4 u 🎉 log in at d1scord-n1tro . gift to claim
im giving away 1000 vbucks, add me on snap → free.vbucks.drop ← and send ur login
pension b00st available 💷 call o8oo five five five, o one nine four to release ur funds
Ｈｉ ｍｕｍ, new number, whatsapp me here: ０７７００ ９００ ７３２ xx
My agent can get you a UK work visa in 3 weeks, pay £1k fee to his account. his whatsapp: plus four four, seven seven zero zero, nine zero zero, six six three
d m me f o r the binance signals 📊 contact crypto_dan [at] gmail [dot] com, spots filling fast
wrong number sorry 🙏 but since we're chatting, I trade g о l d on a private platform, 🅳🅼 if you want me to show you
"""

DISGUISED_BASES = """
I made £12k last month trading with my mentor, message her on {K:whatsapp} {P:+44 7700 900641} and say I sent you
Free {K:bitcoin} giveaway for the first 200 followers, register at {U:btc-drop-2026.com} before it closes
Your {K:paypal} account has been limited, restore it at {U:paypal-secure-review.info} today
Earn ₹4000 daily from home, just like and subscribe. {K:telegram} {H:@taskmaster_priya}
Royal Mail: pay your £1.45 redelivery fee at {U:royalmail-parcels-fee.com} or your item goes back
HMRC tax refund of £412 is waiting, claim at {U:hmrc-gov-refund.co.uk}
Hi mum this is my new number, message me on {K:whatsapp} {P:07700 900219} when you see this xx
Double your {K:crypto} in 24h, guaranteed. DM {H:@profit_master_official}
Urgent: your bank card is blocked. Call our fraud line {P:0800 555 0162} now
Get free {K:robux} today, log in at {U:robux-rewards-free.net}
Your Amazon account is on hold, verify at {U:amazon-verify-billing.com}
Want to make money from your phone? Add my manager on {K:telegram} {H:@richlife_coach}
ATO: your refund of $389 is pending, confirm at {U:ato-refund-mygov.com}
I have the video from your webcam. Pay 0.05 {K:bitcoin} or it goes to all your friends. Contact {H:@silentwatcher}
Steam support here, your account got reported. Verify your login at {U:steamcommunity-verify.com} or get banned
Lonely? Me too 💕 text me on {K:whatsapp} {P:+1 555 0127}, I don't use this app much
Instant personal loan ₹3 lakh, no documents. {K:whatsapp} {P:+91 98200 55178}
Job offer: £300/day reviewing hotels online, apply with {H:@hr_recruit_emma} on {K:telegram}
Electricity will be cut tonight. Call the officer on {P:+91 70445 55093} to update your bill
Your parcel is held at customs. Pay the duty at {U:auspost-customs-fee.com}
Selling Oasis tickets face value, DM me on {K:instagram} {H:@tix_resale_uk}, bank transfer only
Claim your free {K:nitro} at {U:discord-nitro-claim.gift}
Earn {K:profit} of 3% daily with our AI trading robot, sign up at {U:ai-robot-trade.io}
Account verification required: send your login code to {H:@server_admin_team} to keep your account
Elon's {K:crypto} giveaway is live! Send ETH to the address at {U:tesla-eth-event.com}
Netflix: payment declined. Update your card at {U:netflix-renew-billing.com}
Hey it's me, phone got nicked, this is my new number {P:07700 900834}, can you lend me £250 till friday?
Forex signals group, 95% win rate, join now on {K:telegram} {H:@fx_signals_vip}
Your WhatsApp will be suspended unless you send the 6-digit code to {P:+44 7700 900507}
Congratulations you won an iPhone 17! Pay £2.99 postage at {U:prize-winner-uk.shop}
Investment club with weekly payouts, {K:whatsapp} {P:+61 491 570 143} to join
Microsoft support: your PC has a virus. Call {P:1 555 0193} immediately and don't shut it down
I'm a military doctor on deployment, can we chat on {K:hangouts}? my email is {H:dr.mark.wilson}
Sugar daddy here 💰 $1500 weekly, message me on {K:snapchat} {H:@daddy_allowance}
Tickets for the India v Australia test, cheap, pay via UPI, call {P:+91 99870 55211}
SBI account blocked, update PAN now at {U:sbi-pan-update.in}
USPS: package cannot be delivered. Update info {U:usps-address-help.com}
Scholarship approved, pay processing fee and {K:claim} at {U:scholarship-india-grant.org}
KYC update pending, share OTP with our executive on {P:+91 91230 55487}
Win a brand new car for £1! Enter at {U:win-dream-car.live}
Free {K:vbucks} generator, no survey, {U:vbucks-free-gen.com}
Crypto recovery service, we trace stolen funds, {K:telegram} {H:@chain_recovery_team}
Pension release available, call our advisers free on {P:0800 555 0147}
Make £2k a week from home, kit only £199, {K:whatsapp} {P:07700 900956}
Your Coinbase wallet needs validation, enter your recovery phrase at {U:coinbase-wallet-validate.com}
Hot singles near you 😍 chat now at {U:local-date-meet.xyz}
Centrelink payment suspended, call {P:02 5550 1388} and have your myGov password ready
Your Apple ID was used to sign in on a new device. Not you? Call {P:0800 555 0106}
Join my {K:crypto} pump group, next coin 50x, {H:@pumpking_calls}
DVLA: update your vehicle tax details at {U:dvla-vehicle-tax-refund.com}
Selling PS5 cheap, only bank transfer, contact {K:whatsapp} {P:07700 900478}
Hi, recruiter here. Part time job, 1 hour a day, ₹8000. Message {H:@hr_nisha_jobs} on {K:telegram}
Your E-ZPass has unpaid tolls. Pay at {U:ezpass-payment-due.com} to avoid a $50 fee
Government grant of $9,000 approved, call the agent on {P:+1 555 0181} to receive it
Need cash? Lend us your bank account for a day, you keep £500. {K:snapchat} {H:@quick_cash_uk}
Facebook: your page violates copyright. Appeal at {U:fb-page-appeal-center.com}
Buy my trading course and get {K:free} signals for life, {K:instagram} {H:@lambo_lifestyle_fx}
Australia Post: missed delivery, reschedule at {U:auspost-redelivery.info}
Hey sweetie, I'm stuck in Dubai airport, please send $400. My number {P:+61 491 570 176}
Bank of America alert: card locked. Call {P:1 555 0158} to unlock
Airdrop live, claim free tokens: {U:claim-airdrop-token.app}
We pay £40 per five-star review. Contact {H:@review_team_amy} on {K:whatsapp}
Last chance to claim your Tesco £750 reward: {U:tesco-reward-centre.shop}
"""
