"""Services: the rules of contactbot. No HTTP, no SQL; storage and gateways are passed in."""
