"""Profile fetches and the ``/sync`` watcher."""
