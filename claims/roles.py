"""The desk's roles, defined once: group names and the model permissions each group holds.

Object-level rules (a fact-checker edits only claims that are theirs or nobody's) live in the
services; these are the coarse permissions the admin checks first.
"""

FACT_CHECKERS = "Fact-checkers"
EDITORS = "Editors"

# codename prefixes per model, per group
GROUP_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    FACT_CHECKERS: {
        "article": ("view", "add", "change"),
        "claim": ("view", "add", "change"),
        "source": ("view", "add", "change"),
        "claimsource": ("view", "add", "change", "delete"),
        "claimrelation": ("view", "add", "change", "delete"),
        "reviewnote": ("view", "add"),
        "claimevent": ("view",),
        "notification": ("view",),
    },
    EDITORS: {
        "article": ("view", "add", "change", "delete"),
        "claim": ("view", "add", "change", "delete"),
        "source": ("view", "add", "change", "delete"),
        "claimsource": ("view", "add", "change", "delete"),
        "claimrelation": ("view", "add", "change", "delete"),
        "reviewnote": ("view", "add"),
        "claimevent": ("view",),
        "notification": ("view",),
    },
}
