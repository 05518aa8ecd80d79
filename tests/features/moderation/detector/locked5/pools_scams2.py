"""Base scams for the disguised-scam rows of locked5.

Braces mark lure words to disguise; ``{LINK:host/path}`` and ``{PHONE:number}`` are written
out obfuscated by make_locked5 (all domains and numbers are invented).
"""

from __future__ import annotations

from .textblock import lines

SCAM_DISGUISE_NOLINK = lines("""
# lure words only
{free} {bitcoin} for the first 50 people who dm me
{giveaway} time! dm me your {wallet} address to {claim} 1 ETH
you {won} a {free} {iPhone}, message me to {claim} it
send 0.1 {BTC} and get 0.2 {BTC} back, {guaranteed}
{double} your {crypto} in 24 hours, dm for details
{verify} your {account} now or it will be {suspended}, reply with your {password}
{urgent}: your {account} is {locked}, send me your {recovery} {key}
i'm from {support}, send me your {login} {code} to keep your account
{admin} here, dm me your {password} for the security check
{free} {nitro} for everyone who messages me today
{airdrop} is live, reply with your {seed} {phrase} to {claim}
earn {$500} a {day} from home, no experience, dm me
{investment} with {guaranteed} 40% weekly {returns}, message me
{congratulations}, you are our lucky {winner}! dm to {claim} your {prize}
{cash} {giveaway}: send £10, get £100 back
buy me {gift} {cards} and send the {codes}, i'll pay you back
{free} {robux} no scam, just dm me your {username} and {password}
{claim} your {reward} before midnight, message me
your {wallet} needs {validation}, send the 12 {words} to me
{limited} {offer}: {free} {crypto} for matrix users, dm now
{elon} is {doubling} all {ETH} sent today
the {lottery} team selected you, pay the {fee} to release your {winnings}
{hiring}: earn {daily} {pay} in {USDT}, 1 hour a day
{unlock} your {account} by sending the {code} we texted you
{free} {steam} {gift} {cards}, first come first served, dm
i'll {flip} your £50 into £500 in an hour, {legit} 💯
{exclusive} {presale}, 1000x {guaranteed}, dm for the {wallet}
{security} {alert}: confirm your {identity} by replying with your {PIN}
{refund} {pending}: send your {bank} {details} to receive it
{sugar} {daddy} {allowance} $2000 weekly, just send a small {fee} first
{free} {money} from the {government}, message me to {apply}
send your {seed} {phrase} to get the {bonus}
{verification} {required} or your {username} will be {deleted}
{cheap} {followers} and {likes}, pay with {gift} {card}
{win} a {PS5}: dm me and pay the {shipping}
{mining} {rewards} 2 ETH/day, {no} {risk}
# with a phone number
{win} {cash} today, text {PHONE:07700 900481}
{free} {loan} approved, whatsapp {PHONE:+44 7700 900225}
call {PHONE:+1 202 555 0164} to {claim} your {prize}
your {account} is {suspended}, call {PHONE:0808 157 0492} now
{easy} {money} from home, whatsapp {PHONE:+44 7700 900318}
{crypto} {signals} group, 300% {profit}, text {PHONE:+1 555 0108}
{hot} {singles} want to chat, text {PHONE:0491 570 156}
{unclaimed} {inheritance}, call barrister on {PHONE:+44 7700 900673}
{tax} {refund} ready, call {PHONE:0808 157 0610} with your {card} {details}
{jobs} paying £300/day, text {PHONE:07700 900744}
{investment} {manager}, {guaranteed} {returns}, whatsapp {PHONE:+1 202 555 0183}
{free} {iPhone} {winners} list, call {PHONE:07700 900902} to confirm
{bank} {security}: call {PHONE:0808 157 0877} to stop the {payment}
{lottery} {winner}! ring {PHONE:+44 7700 900135} today
{airdrop} help line {PHONE:+1 555 0122}, have your {seed} {phrase} ready
{fraud} {team}: call {PHONE:0808 157 0259} and read us the {code}
{spell} {caster}, get your ex back, whatsapp {PHONE:+27 71 555 0143}
{instant} {loans}, {no} {credit} {check}, text {PHONE:+1 202 555 0190}
{package} {held} at customs, call {PHONE:07700 900566} to pay the {fee}
{recovery} {agent} for lost crypto, call {PHONE:+44 7700 900807}
{work} from {home} £1000/week, text {PHONE:07700 900929}
{claim} your {compensation}, ring {PHONE:0808 157 0345}
{tech} {support}: your pc has a {virus}, call {PHONE:+1 808 555 0119}
{reship} {parcels} for cash, whatsapp {PHONE:+44 7700 900410}
{gift} {card} {buyers} wanted, text {PHONE:07700 900298}
{free} {crypto} {course}, text {PHONE:+1 555 0151}
{forex} {bot} 30% weekly, whatsapp {PHONE:+44 7700 900061}
{giveaway} {winners} call {PHONE:+1 202 555 0100} to {claim}
{account} {verification} line: {PHONE:0808 157 0700}
{debt} {relief} in one payment, call {PHONE:+1 555 0187}
""")

SCAM_DISGUISE_LINK = lines("""
{free} {BTC} {giveaway} at {LINK:btc-giveaway-live.xyz}
{claim} your {airdrop}: {LINK:eth-airdrop-claims.top/connect}
{verify} your {account} at {LINK:matrix-account-check.com/login} or lose it
{free} {nitro} 🎁 {LINK:nitro-gift-free.ru/claim}
your {parcel} is held, pay at {LINK:parcel-redeliver-fee.info}
{urgent} {security} {alert}, sign in at {LINK:element-secure-signin.net}
{double} your {crypto}: {LINK:crypto-double-event.org}
{win} an {iPhone}, enter at {LINK:iphone-winner-draw.shop/enter}
{tax} {refund} waiting: {LINK:hmrc-refund-claims.co/uk}
{restore} your {wallet} at {LINK:metamask-wallet-restore.app}
{free} {skins} at {LINK:steamcommmunity-gift.com/trade}
{earn} $500/day, {sign} up: {LINK:easy-daily-pay.biz/join}
{account} {locked}, {unlock} at {LINK:appleid-locked-help.com}
{paypal} {limited}, resolve at {LINK:paypa1-resolution.com}
{exclusive} {presale}: {LINK:moonrocket-presale.io/buy}
{free} {robux} {generator}: {LINK:robux-gen-free.site}
{investment} {platform}, 5% daily: {LINK:smart-yield-daily.com}
{lottery} {results}, check your name: {LINK:world-lotto-results.info}
{free} {followers}: {LINK:followers-free-now.top}
{binance} {withdrawal} {blocked}, confirm at {LINK:binance-confirm-withdraw.net}
{netflix} {payment} {failed}, update at {LINK:netflx-billing-help.com}
{coinbase} {verification} at {LINK:coinbase-account-verify.help}
{remote} {job} $45/hr, apply: {LINK:hire-remote-today.work/apply}
{leaked} {video} of you 😳 {LINK:watch-leak-now.net/v}
{claim} {USDT} {airdrop}: {LINK:usdt-drop-claim.app}
{free} {gift} {card}: {LINK:giftcard-free-2026.com}
{admin} {notice}: re-verify at {LINK:homeserver-verify.org/auth}
{energy} {rebate} £400: {LINK:energy-rebate-claims.com}
{customs} {fee} due, pay at {LINK:dhl-fee-pay.com}
{ledger} {update} {required}: {LINK:ledger-firmware-live.com}
{bonus} {spins}, no deposit: {LINK:free-spins-win.casino}
{whatsapp} {gold} {download}: {LINK:wa-gold-app.com}
{uniswap} {claim} live: {LINK:uniswap-claim-v4.org}
{storage} {full}, upgrade {free}: {LINK:mailbox-quota-fix.com}
{instagram} {copyright} {appeal}: {LINK:ig-appeal-center.com}
{staking} 50% APY: {LINK:stake-rewards-dot.io}
{grant} {approved}, {claim} at {LINK:gov-grant-relief.org/apply}
{ai} {trading} {bot}, 10x your money: {LINK:ai-trade-profits.com}
{free} {v-bucks}: {LINK:vbucks-claim-drop.xyz}
{prize} {waiting} for you: {LINK:prize-center-2026.win}
{wallet} {sync} {error}, fix at {LINK:wallet-sync-fix.com}
{discord} {staff} here, verify at {LINK:discord-staff-verify.com}
{amazon} {reward} {survey}: {LINK:amaz0n-survey-reward.shop}
{cheap} {flights} 90% off: {LINK:cheap-flight-deals.top}
{hot} {singles} 😘 {LINK:singles-near-you.live}
""")
