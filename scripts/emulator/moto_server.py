"""Routeboard's local AWS emulator: moto's server with its Route 53 gaps closed.

Usage (normally started by scripts/emulator/emulator.ts, not by hand):

    .venv/bin/python scripts/emulator/moto_server.py --host 127.0.0.1 --port 4566

Environment:
    MOTO_ACM_VALIDATION_WAIT  moto's "ISSUED after N seconds" timer for requested certificates (default 5; moto's own
                              is 60). Patch (e) below replaces it with a DNS check, so it no longer issues anything.
    EMULATOR_VERBOSE=1        log every request to stderr (default: warnings and errors only)
    EMULATOR_REFUSE_CREATE_LABEL
                              opt-in fault switch, unset by default (then nothing changes). When set, e.g. to
                              `refused-by-emulator`, a change batch that CREATEs a record whose first label is exactly
                              that value fails with InvalidChangeBatch "… but it already exists", as Route 53 fails a
                              batch whose record someone else created after Routeboard's last re-read. It exists
                              because no real flow reaches a partial outcome deterministically: the import re-plans and
                              applyRecordChanges re-reads just before sending, so the only window left is the race
                              between batch 1 and batch 2, which a test cannot hit on purpose. scripts/test-all.ts sets
                              it for the test runs; only e2e/partial-outcomes.spec.ts uses that label.

moto 5.2.5 diverges from what the Route 53 and ACM documentation describes in ways that Routeboard depends on, so
this launcher patches moto's classes at start-up (see `patch_route53` and `patch_acm`):

  (a) GeoProximityLocation (and CidrRoutingConfig) are dropped on CREATE/UPSERT and never listed.
  (b) A DELETE carrying a SetIdentifier removes that identifier under *every* record name and type.
  (c) A DELETE is checked against moto's journal of past changes instead of the current record, so a DELETE with
      stale values (another user edited the record meanwhile) succeeds. AWS fails the whole batch with
      InvalidChangeBatch. moto also applies a batch change by change, so a failing change leaves the earlier ones
      applied; AWS batches are all-or-nothing.
  (d) A CREATE of a record that already exists (same name + type + SetIdentifier) succeeds and adds a duplicate,
      unless the identical change is in moto's journal, where it fails even after the record was deleted. AWS fails
      exactly when the record exists now.
  (e) ACM turns every requested certificate ISSUED once MOTO_ACM_VALIDATION_WAIT seconds have passed, whether or not
      its DNS validation record exists. AWS issues a DNS-validated certificate only once, for every domain, the CNAME
      of DomainValidationOptions[].ResourceRecord resolves; here: once a CNAME with that name and value exists in a
      public hosted zone of the same account (then it turns ISSUED on the next read, with no wait). Each domain's
      ValidationStatus is SUCCESS as soon as its own record exists, and IssuedAt is the moment it was issued, not the
      request time; the options list the DomainName first. moto's record is already fixed per domain name, so
      `*.x` and `x` share one, as on AWS (which also reuses it for every certificate of that name in the account).
  (f) A new hosted zone's SOA record value is a stringified Python dict ("{'Value': 'ns-2048...'}") instead of
      "ns-2048.awsdns-64.com. hostmaster.example.com. 1 7200 900 1209600 86400".
  (g) ListResourceRecordSets sorts the whole zone on every call (O(n log n) per page), and every change scans the
      zone for its record set, where Route 53 reads and writes through an index; reading or changing one record set
      in a 10,000-record zone then costs a whole-zone pass. Each zone keeps an index (by name + type +
      SetIdentifier, and in listing order) that changes update in place; pages are identical.

The process exits when its parent dies (the parent pid is polled), so a crashed `npm run emulator` or test runner
never leaves an orphan holding the port.
"""

from __future__ import annotations

import argparse
import bisect
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

# Serialises Route 53 change batches against listings and against ACM's validation-record lookups (patch (e)).
_ROUTE53_LOCK = threading.RLock()


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


def _identity(rrset: Any) -> tuple[str, str, str | None]:
    return (rrset.routeboard_name, rrset.type, rrset.set_identifier)


class _ZoneIndex:
    """Gap (g): one zone's record sets by name + type + SetIdentifier, and in ListResourceRecordSets order.

    moto lists a zone sorted stably by (reversed name, type): equal keys keep their order in `zone.rrsets`, where a
    new record set is appended and an UPSERT replaces in place. `add` and `replace` keep exactly that order.
    """

    def __init__(self, rrsets: list[Any]) -> None:
        self.ordered = sorted(rrsets, key=lambda rrset: rrset.routeboard_sort_key)
        self.keys = [rrset.routeboard_sort_key for rrset in self.ordered]
        self.by_identity = {_identity(rrset): rrset for rrset in rrsets}

    def first_at_or_after(self, key: tuple[str, str]) -> int:
        return bisect.bisect_left(self.keys, key)

    def add(self, rrset: Any) -> None:
        # Appended to zone.rrsets, so it sorts after every record set with an equal key.
        position = bisect.bisect_right(self.keys, rrset.routeboard_sort_key)
        self.keys.insert(position, rrset.routeboard_sort_key)
        self.ordered.insert(position, rrset)
        self.by_identity[_identity(rrset)] = rrset

    def replace(self, old: Any, new: Any) -> None:
        self.ordered[self._position(old)] = new
        self.by_identity[_identity(new)] = new

    def remove(self, rrset: Any) -> None:
        position = self._position(rrset)
        del self.keys[position]
        del self.ordered[position]
        del self.by_identity[_identity(rrset)]

    def _position(self, rrset: Any) -> int:
        position = bisect.bisect_left(self.keys, rrset.routeboard_sort_key)
        while self.ordered[position] is not rrset:
            position += 1
        return position


def patch_route53() -> None:
    """Close moto 5.2.5's Route 53 gaps (a) to (d), (f) and (g) described in the module docstring."""
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
        # Gap (g): computed once per record set, not once per record set per listing or lookup.
        self.routeboard_sort_key = (models.reverse_domain_name(self.name), self.type)
        self.routeboard_name = _norm_name(self.name)
        self.geo_proximity_location = kwargs.get("GeoProximityLocation")
        self.cidr_routing_config = kwargs.get("CidrRoutingConfig")
        # Gap (f): create_hosted_zone hands its SOA over as [{"Value": ...}] where every other caller passes plain
        # strings, and RecordSet.resource_records wraps each entry in {"Value": entry} again. Unwrap it.
        if self.records:
            self.records = [r["Value"] if isinstance(r, dict) and "Value" in r else r for r in self.records]

    models.RecordSet.__init__ = record_set_init  # type: ignore[method-assign]

    # Gaps (b), (c) and (d): DELETE is replaced by an exact match on name + type + SetIdentifier followed by a
    # comparison of every value with the *current* record; CREATE/UPSERT still go through moto's own code, one
    # change at a time (CREATE after an existence check of our own). The batch runs under a lock against a snapshot and is rolled back on any error, so it is
    # all-or-nothing and concurrent batches (and listings) never see each other half-applied.
    original_change = models.Route53Backend.change_resource_record_sets
    lock = _ROUTE53_LOCK

    def find_exact(zone: Any, name: str, rtype: str | None, set_id: str | None) -> Any:
        return zone_index(zone).by_identity.get((_norm_name(name), rtype, set_id))

    def delete_exact(zone: Any, change: dict[str, Any]) -> None:
        rrset = change["ResourceRecordSet"]
        name, rtype, set_id = rrset["Name"], rrset.get("Type"), rrset.get("SetIdentifier")
        validate_domain_name(name, code="InvalidChangeBatch")
        existing = find_exact(zone, name, rtype, set_id)
        if existing is None:
            raise InvalidChangeBatch(f"Tried to delete resource record set {_describe(name, rtype, set_id)} but it was not found")
        if _canonical(_existing_as_dict(existing)) != _canonical(rrset):
            raise InvalidChangeBatch(
                f"Tried to delete resource record set {_describe(name, rtype, set_id)} "
                "but the values provided do not match the current values"
            )
        del zone.rrsets[zone.rrsets.index(existing)]
        zone_index(zone).remove(existing)
        zone.rr_changes.append(change)

    refused_label = os.environ.get("EMULATOR_REFUSE_CREATE_LABEL", "").strip().lower()

    def create_if_absent(self: Any, zone: Any, zoneid: str, change: dict[str, Any]) -> None:
        # Gap (d): the existence check is made on the current records; moto's journal-based one is bypassed by
        # handing moto an UPSERT, which for an absent record is exactly a CREATE.
        rrset = change["ResourceRecordSet"]
        name, rtype, set_id = rrset["Name"], rrset.get("Type"), rrset.get("SetIdentifier")
        # The opt-in fault switch (module docstring): as if someone else had just created this record.
        refused = bool(refused_label) and _norm_name(name).split(".", 1)[0] == refused_label
        if refused or find_exact(zone, name, rtype, set_id) is not None:
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
                zone.routeboard_index = None
                del zone.rr_changes[saved_journal_length:]
                raise

    # Gap (g): moto sorts the whole zone on every ListResourceRecordSets call and scans it on every change, so reading
    # or changing one record set of a 10,000-record zone costs a whole-zone pass; Route 53 serves both from an index.
    # Each zone keeps a _ZoneIndex that its mutators update in place (moto's own bulk deletes rebuild it). Same
    # order, same pages, same matches.
    def zone_index(zone: Any) -> _ZoneIndex:
        index = getattr(zone, "routeboard_index", None)
        if index is None:
            index = zone.routeboard_index = _ZoneIndex(zone.rrsets)
        return index

    original_add = models.FakeZone.add_rrset

    def add_rrset(self: Any, record_set: dict[str, Any]) -> Any:
        index = zone_index(self)  # built before the append, which it then follows
        added = original_add(self, record_set)
        index.add(added)
        return added

    def upsert_rrset(self: Any, record_set: dict[str, Any]) -> Any:
        # moto matches the name case-sensitively here; Route 53 names are case-insensitive, as in find_exact.
        new_rrset = models.RecordSet(record_set)
        index = zone_index(self)
        existing = index.by_identity.get(_identity(new_rrset))
        if existing is None:
            self.rrsets.append(new_rrset)
            index.add(new_rrset)
        else:
            self.rrsets[self.rrsets.index(existing)] = new_rrset
            if existing.routeboard_sort_key == new_rrset.routeboard_sort_key:
                index.replace(existing, new_rrset)
            else:  # the name changed case: its place among the other names is recomputed
                self.routeboard_index = None
        return new_rrset

    for bulk_delete in ("delete_rrset", "delete_rrset_by_id"):
        original_delete = getattr(models.FakeZone, bulk_delete)

        def rebuild_after(self: Any, *args: Any, _original: Any = original_delete, **kwargs: Any) -> Any:
            self.routeboard_index = None
            return _original(self, *args, **kwargs)

        setattr(models.FakeZone, bulk_delete, rebuild_after)

    models.FakeZone.add_rrset = add_rrset  # type: ignore[method-assign]
    models.FakeZone.upsert_rrset = upsert_rrset  # type: ignore[method-assign]

    def list_resource_record_sets(
        self: Any, zone_id: str, start_type: str, start_name: str, max_items: int
    ) -> tuple[list[Any], str | None, str | None, bool]:
        if start_name:
            validate_domain_name(start_name)
        with lock:
            index = zone_index(self.get_hosted_zone(zone_id))
            start = index.first_at_or_after((models.reverse_domain_name(start_name), start_type or "")) if start_name else 0
            page = index.ordered[start : start + max_items + 1]
        records, next_record = page[:max_items], (page[max_items] if len(page) > max_items else None)
        if next_record is None:
            return records, None, None, False
        return records, next_record.name, next_record.type, True

    models.Route53Backend.change_resource_record_sets = change_resource_record_sets  # type: ignore[method-assign]
    models.Route53Backend.list_resource_record_sets = list_resource_record_sets  # type: ignore[method-assign]


def patch_acm() -> None:
    """Close moto 5.2.5's ACM gap (e) described in the module docstring."""
    from moto.acm import models
    from moto.core.utils import utcnow
    from moto.route53.models import route53_backends

    original_check = models.CertBundle.check
    original_describe = models.CertBundle.describe

    def validation_records(cert: Any) -> dict[str, str]:
        """Normalised CNAME name -> value of each domain's validation record, as moto's describe gives them.

        Keyed by name, so `*.x` and `x` (which share one record) need it only once, as on AWS."""
        options = original_describe(cert)["Certificate"].get("DomainValidationOptions") or []
        return {
            _norm_name(option["ResourceRecord"]["Name"]): _norm_name(option["ResourceRecord"]["Value"])
            for option in options
            if option.get("ResourceRecord")
        }

    def public_cnames(cert: Any) -> set[tuple[str, str]]:
        """(name, value) of every CNAME in the public hosted zones of the certificate's account and partition."""
        _, partition, _, _, account_id, _ = cert.arn.split(":", 5)
        backend = route53_backends[account_id][partition]
        with _ROUTE53_LOCK:
            return {
                (_norm_name(record_set.name), _norm_name(value))
                for zone in list(backend.zones.values())
                if not zone.private_zone
                for record_set in zone.rrsets
                if record_set.type == "CNAME"
                for value in record_set.records or []
            }

    def awaits_dns(cert: Any) -> bool:
        # moto reports every requested (AMAZON_ISSUED) certificate as DNS-validated, so every one is held here.
        return cert.type == "AMAZON_ISSUED" and cert.status == "PENDING_VALIDATION"

    # Gap (e): check() runs on every read of a certificate (describe, list, get, tag calls ...): issue it there once
    # every validation record exists, and never by moto's timer. (Skipping moto's check also skips its expiry test,
    # which cannot fire for a pending certificate: moto makes its NotAfter a year after the request.)
    def check(self: Any) -> None:
        if awaits_dns(self):
            wanted = validation_records(self)
            if not wanted or not set(wanted.items()) <= public_cnames(self):
                return
            self.status = "ISSUED"
            self.issued_at = utcnow()
        original_check(self)

    # Gap (e), as seen in DescribeCertificate: while the certificate is pending, each domain's ValidationStatus
    # follows its own record; IssuedAt is absent until it is issued (moto reports the request time from the start).
    def describe(self: Any) -> dict[str, Any]:
        result = original_describe(self)
        detail = result["Certificate"]
        if self.type == "AMAZON_ISSUED":
            issued_at = getattr(self, "issued_at", None)
            if self.status != "ISSUED":
                detail.pop("IssuedAt", None)
            elif issued_at is not None:
                detail["IssuedAt"] = models.datetime_to_epoch(issued_at)
        options = detail.get("DomainValidationOptions")
        if options:
            # moto builds them from a set: list the DomainName first, then the other names in certificate order.
            order = [self.common_name, *self.sans]
            options.sort(key=lambda o: order.index(o["DomainName"]) if o["DomainName"] in order else len(order))
        if awaits_dns(self):
            present = public_cnames(self)
            for option in detail.get("DomainValidationOptions") or []:
                record = option.get("ResourceRecord") or {}
                if (_norm_name(record.get("Name")), _norm_name(record.get("Value"))) in present:
                    option["ValidationStatus"] = "SUCCESS"
        return result

    models.CertBundle.check = check  # type: ignore[method-assign]
    models.CertBundle.describe = describe  # type: ignore[method-assign]


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
    patch_acm()

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
