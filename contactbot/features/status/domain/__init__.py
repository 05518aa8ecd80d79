"""Pure values and rules of MSC4426 profile fields."""
