// Applies Draupnir's policy engine (matrix-protection-suite) to policy-list state and says,
// per user, which rules ban them. Input on stdin: {"room_id", "events": [state events],
// "users": [user IDs]}. Output on stdout: {"<user>": ["<type> <state key>", ...], ...}.
// Used by tests/features/moderation/draupnir_engine.py (the interop and e2e policy tests).
"use strict";

const mps = require("@the-draupnir-project/matrix-protection-suite");
const { MatrixRoomReference } = require("@the-draupnir-project/matrix-basic-types");

function serverOf(userID) {
  // Draupnir matches server rules against the whole server part of the user ID.
  return userID.slice(userID.indexOf(":") + 1);
}

function main(input) {
  const room = MatrixRoomReference.fromRoomID(input.room_id, []);
  const createEvent = input.events.find((e) => e.type === "m.room.create");
  const policyEvents = input.events.filter((e) => e.type !== "m.room.create");
  const revision = mps.StandardPolicyRoomRevision.blankRevision(room, createEvent).reviseFromState(
    policyEvents,
  );
  const out = {};
  for (const user of input.users) {
    const rules = [];
    for (const [entity, type] of [
      [user, mps.PolicyRuleType.User],
      [serverOf(user), mps.PolicyRuleType.Server],
    ]) {
      for (const recommendation of [mps.Recommendation.Ban, mps.Recommendation.Takedown]) {
        const found = revision.allRulesMatchingEntity(entity, {
          type,
          recommendation,
          searchHashedRules: true,
        });
        for (const rule of found) {
          rules.push(`${rule.sourceEvent.type} ${rule.sourceEvent.state_key}`);
        }
      }
    }
    out[user] = rules.sort();
  }
  return out;
}

let data = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (data += chunk));
process.stdin.on("end", () => {
  process.stdout.write(JSON.stringify(main(JSON.parse(data))));
});
