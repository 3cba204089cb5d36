"""Routeboard's local AWS emulator: moto's server with its Route 53 gaps closed.

Usage (normally started by scripts/emulator/emulator.ts, not by hand):

    .venv/bin/python scripts/emulator/moto_server.py --host 127.0.0.1 --port 4566

Environment:
    MOTO_ACM_VALIDATION_WAIT  seconds before a requested certificate turns ISSUED (default 5; moto's own is 60)
    EMULATOR_VERBOSE=1        log every request to stderr (default: warnings and errors only)

moto 5.2.5 diverges from what the Route 53 API Reference documents in three ways that Routeboard depends on, so
this launcher patches moto's classes at start-up (see `patch_route53`):

  (a) GeoProximityLocation (and CidrRoutingConfig) are dropped on CREATE/UPSERT and never listed.
  (b) A DELETE carrying a SetIdentifier removes that identifier under *every* record name and type.
  (c) A DELETE is checked against moto's journal of past changes instead of the current record, so a DELETE with
      stale values (another user edited the record meanwhile) succeeds. AWS fails the whole batch with
      InvalidChangeBatch. moto also applies a batch change by change, so a failing change leaves the earlier ones
      applied; AWS batches are all-or-nothing.
  (d) A CREATE of a record that already exists (same name + type + SetIdentifier) succeeds and adds a duplicate,
      unless the identical change is in moto's journal, where it fails even after the record was deleted. AWS fails
      exactly when the record exists now.

The process exits when its parent dies (the parent pid is polled), so a crashed `npm run emulator` or test runner
never leaves an orphan holding the port.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from typing import Any

# moto reads its settings at import time: set them before the first moto import.
os.environ.setdefault("MOTO_ACM_VALIDATION_WAIT", "5")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

PARENT_POLL_SECONDS = 0.5


class _InvalidChangeBatch(Exception):
    """Placeholder replaced by a moto ServiceException subclass in patch_route53 (moto is imported late)."""


def _norm_name(name: Any) -> str:
    # Route 53 names are case-insensitive and the trailing dot is optional in requests.
    return str(name or "").rstrip(".").lower()


def _prune(value: Any) -> Any:
    """Drop None members recursively so that an absent field and a null one compare equal."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def _canonical(rrset: dict[str, Any]) -> dict[str, Any]:
    """The comparable form of a record: every value a DELETE must repeat exactly (API Reference, ChangeResourceRecordSets)."""
    records = rrset.get("ResourceRecords") or []
    values = sorted(r["Value"] if isinstance(r, dict) else r for r in records)
    alias = rrset.get("AliasTarget")
    if alias:
        alias = dict(alias)
        alias["DNSName"] = _norm_name(alias.get("DNSName"))
    return _prune(
        {
            "TTL": _int_or_none(rrset.get("TTL")),
            "ResourceRecords": values or None,
            "Weight": _int_or_none(rrset.get("Weight")),
            "Region": rrset.get("Region"),
            "Failover": rrset.get("Failover"),
            "MultiValueAnswer": rrset.get("MultiValueAnswer"),
            "HealthCheckId": rrset.get("HealthCheckId"),
            "GeoLocation": rrset.get("GeoLocation"),
            "GeoProximityLocation": _geoproximity_canonical(rrset.get("GeoProximityLocation")),
            "CidrRoutingConfig": rrset.get("CidrRoutingConfig"),
            "AliasTarget": alias or None,
        }
    )


def _geoproximity_canonical(location: Any) -> Any:
    if not location:
        return None
    location = dict(location)
    if location.get("Bias") is not None:
        location["Bias"] = int(location["Bias"])
    return location


def _existing_as_dict(record_set: Any) -> dict[str, Any]:
    return {
        "TTL": record_set.ttl,
        "ResourceRecords": record_set.records,
        "Weight": record_set.weight,
        "Region": record_set.region,
        "Failover": record_set.failover,
        "MultiValueAnswer": record_set.multi_value_answer,
        "HealthCheckId": record_set.health_check_id,
        "GeoLocation": record_set.geo_location,
        "GeoProximityLocation": getattr(record_set, "geo_proximity_location", None),
        "CidrRoutingConfig": getattr(record_set, "cidr_routing_config", None),
        "AliasTarget": record_set.alias_target,
    }


def _describe(name: str, rtype: str, set_identifier: str | None) -> str:
    # AWS's wording, e.g. [name='www.example.com.', type='A', set-identifier='blue']
    fqdn = name if name.endswith(".") else name + "."
    parts = f"name='{fqdn}', type='{rtype}'"
    if set_identifier is not None:
        parts += f", set-identifier='{set_identifier}'"
    return f"[{parts}]"


def patch_route53() -> None:
    """Close moto 5.2.5's Route 53 gaps (a) to (d) described in the module docstring."""
    from moto.route53 import models
    from moto.route53.exceptions import Route53ClientError
    from moto.route53.utils import validate_domain_name

    global _InvalidChangeBatch

    class InvalidChangeBatch(Route53ClientError):
        def __init__(self, message: str) -> None:
            super().__init__("InvalidChangeBatch", message)

    _InvalidChangeBatch = InvalidChangeBatch  # type: ignore[misc]

    # Gap (a): moto's RecordSet.__init__ copies a fixed list of fields and drops GeoProximityLocation (and
    # CidrRoutingConfig). Keep them; moto's model-driven XML serializer then lists them as `geo_proximity_location`
    # / `cidr_routing_config` attributes with no further change.
    original_init = models.RecordSet.__init__

    def record_set_init(self: Any, kwargs: dict[str, Any]) -> None:
        original_init(self, kwargs)
        self.geo_proximity_location = kwargs.get("GeoProximityLocation")
        self.cidr_routing_config = kwargs.get("CidrRoutingConfig")

    models.RecordSet.__init__ = record_set_init  # type: ignore[method-assign]

    # Gaps (b), (c) and (d): DELETE is replaced by an exact match on name + type + SetIdentifier followed by a
    # comparison of every value with the *current* record; CREATE/UPSERT still go through moto's own code, one
    # change at a time (CREATE after an existence check of our own). The batch runs under a lock against a snapshot and is rolled back on any error, so it is
    # all-or-nothing and concurrent batches (and listings) never see each other half-applied.
    original_change = models.Route53Backend.change_resource_record_sets
    original_list = models.Route53Backend.list_resource_record_sets
    lock = threading.RLock()

    def find_exact(zone: Any, name: str, rtype: str | None, set_id: str | None) -> int | None:
        for index, existing in enumerate(zone.rrsets):
            if _norm_name(existing.name) == _norm_name(name) and existing.type == rtype and existing.set_identifier == set_id:
                return index
        return None

    def delete_exact(zone: Any, change: dict[str, Any]) -> None:
        rrset = change["ResourceRecordSet"]
        name, rtype, set_id = rrset["Name"], rrset.get("Type"), rrset.get("SetIdentifier")
        validate_domain_name(name, code="InvalidChangeBatch")
        index = find_exact(zone, name, rtype, set_id)
        if index is None:
            raise InvalidChangeBatch(f"Tried to delete resource record set {_describe(name, rtype, set_id)} but it was not found")
        if _canonical(_existing_as_dict(zone.rrsets[index])) != _canonical(rrset):
            raise InvalidChangeBatch(
                f"Tried to delete resource record set {_describe(name, rtype, set_id)} "
                "but the values provided do not match the current values"
            )
        zone.rrsets = zone.rrsets[:index] + zone.rrsets[index + 1 :]
        zone.rr_changes.append(change)

    def create_if_absent(self: Any, zone: Any, zoneid: str, change: dict[str, Any]) -> None:
        # Gap (d): the existence check is made on the current records; moto's journal-based one is bypassed by
        # handing moto an UPSERT, which for an absent record is exactly a CREATE.
        rrset = change["ResourceRecordSet"]
        name, rtype, set_id = rrset["Name"], rrset.get("Type"), rrset.get("SetIdentifier")
        if find_exact(zone, name, rtype, set_id) is not None:
            raise InvalidChangeBatch(f"Tried to create resource record set {_describe(name, rtype, set_id)} but it already exists")
        original_change(self, zoneid, [{**change, "Action": "UPSERT"}])

    def change_resource_record_sets(self: Any, zoneid: str, change_list: list[dict[str, Any]]) -> None:
        zone = self.get_hosted_zone(zoneid)
        with lock:
            saved_rrsets = list(zone.rrsets)
            saved_journal_length = len(zone.rr_changes)
            try:
                for change in change_list:
                    action = change.get("Action")
                    if action == "DELETE":
                        delete_exact(zone, change)
                    elif action == "CREATE":
                        create_if_absent(self, zone, zoneid, change)
                    else:
                        original_change(self, zoneid, [change])
            except BaseException:
                zone.rrsets = saved_rrsets
                del zone.rr_changes[saved_journal_length:]
                raise

    def list_resource_record_sets(self: Any, *args: Any, **kwargs: Any) -> Any:
        with lock:
            return original_list(self, *args, **kwargs)

    models.Route53Backend.change_resource_record_sets = change_resource_record_sets  # type: ignore[method-assign]
    models.Route53Backend.list_resource_record_sets = list_resource_record_sets  # type: ignore[method-assign]


def exit_with_parent() -> None:
    """Exit as soon as the process that started us is gone (we get re-parented, so getppid changes)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("EMULATOR_PORT", "4566")))
    args = parser.parse_args(argv)

    wait = os.environ["MOTO_ACM_VALIDATION_WAIT"]
    if not wait.isdigit():
        print(f"moto_server: MOTO_ACM_VALIDATION_WAIT must be a whole number of seconds, not {wait!r}", file=sys.stderr)
        return 2

    exit_with_parent()

    from moto import settings
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
    from werkzeug.serving import make_server

    settings.ACM_VALIDATION_WAIT = int(os.environ["MOTO_ACM_VALIDATION_WAIT"])
    patch_route53()

    if os.environ.get("EMULATOR_VERBOSE") != "1":
        logging.getLogger("werkzeug").setLevel(logging.WARNING)

    os.environ.setdefault("MOTO_PORT", str(args.port))
    app = DomainDispatcherApplication(create_backend_app)
    try:
        server = make_server(args.host, args.port, app, threaded=True, request_handler=MotoRequestHandler)
    except OSError as error:
        print(f"moto_server: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2

    print(f"moto_server: listening on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
