"""The checklists the desk starts with; editors change them in the admin."""

from django.db import migrations

from claims.roles import sync_groups

# (name, description, kinds, flags, claimant kinds, [(instruction, required), ...])
TEMPLATES = [
    (
        "Statistics",
        "A figure: where it comes from, what it counts, and whether the article gives it right.",
        ["statistic", "estimate"],
        ["statistic"],
        [],
        [
            ("Find the primary data the figure comes from (report, dataset, release).", True),
            ("Check the figure against it: the same number, unit, period and place.", True),
            ("Check what it counts and how (definitions, method, count or estimate).", True),
            ("Compare with an independent source for the same figure.", False),
            ("Note whether the context is fair (base, trend, per head).", False),
        ],
    ),
    (
        "Quotes",
        "Words put in someone's mouth: that they said them, and meant what the article says.",
        ["quote"],
        ["direct_quote"],
        [],
        [
            ("Find the original record (video, audio, transcript, official text).", True),
            ("Check the words against it, and that the context keeps their meaning.", True),
            ("Confirm who said it, when and where.", True),
            ("Ask the person quoted, or their office, for comment.", False),
        ],
    ),
    (
        "Anonymous sources",
        "A claim resting on someone the article does not name.",
        [],
        ["anonymous_source"],
        ["anonymous"],
        [
            ("Note how the article describes the source and what access they would have.", True),
            ("Look for a named or documentary source that confirms the claim.", True),
            ("Ask the outlet or the reporter how the source was checked.", False),
        ],
    ),
    (
        "Not verified in the text",
        "The article itself says the claim could not be verified.",
        [],
        ["unverified"],
        [],
        [
            ("Find who first made the claim, and on what basis.", True),
            ("Look for independent confirmation (documents, witnesses, data).", True),
        ],
    ),
    (
        "Official statements",
        "What a government, ministry, police or army says.",
        [],
        [],
        ["government"],
        [
            ("Find the statement in its official channel (release, transcript, account).", True),
            ("Check it against the record: data, documents, earlier statements.", True),
            ("Ask the office for the basis of the statement.", False),
        ],
    ),
    (
        "Images",
        "A photograph or picture the claim rests on. Added by hand from the claim page.",
        [],
        [],
        [],
        [
            ("Reverse-search the image for earlier copies.", True),
            ("Find the earliest version and who published it first.", True),
            ("Check place and date against what it shows (landmarks, weather, signs).", True),
            ("Read the file's metadata if the original can be had.", False),
        ],
    ),
    (
        "Video",
        "A video the claim rests on. Added by hand from the claim page.",
        [],
        [],
        [],
        [
            ("Find the earliest upload and who posted it.", True),
            ("Reverse-search key frames for earlier copies.", True),
            ("Geolocate it (landmarks, signs, terrain) and check the date.", True),
            ("Look for edits: cuts, speed, dubbing.", False),
        ],
    ),
]


def create(apps, schema_editor):
    create_templates(apps)
    sync_groups(apps)


def create_templates(apps) -> None:
    """The templates above, where none of that name exists (the tests call it after a flush)."""
    Template = apps.get_model("claims", "ChecklistTemplate")
    Step = apps.get_model("claims", "ChecklistTemplateStep")
    for name, description, kinds, flags, claimant_kinds, steps in TEMPLATES:
        template, created = Template.objects.get_or_create(
            name=name,
            defaults={
                "description": description,
                "kinds": kinds,
                "flags": flags,
                "claimant_kinds": claimant_kinds,
            },
        )
        if created:
            Step.objects.bulk_create(
                Step(template=template, position=number, instruction=text, is_required=required)
                for number, (text, required) in enumerate(steps, start=1)
            )


def remove(apps, schema_editor):
    apps.get_model("claims", "ChecklistTemplate").objects.filter(
        name__in=[name for name, *_ in TEMPLATES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0016_checklists")]
    operations = [migrations.RunPython(create, remove)]
