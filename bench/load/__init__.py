"""Load test: 50 concurrent clients on gunicorn + PostgreSQL mixing reads, searches, votes and
enrolments; afterwards every accepted write must be in the database, once. See run.py."""
