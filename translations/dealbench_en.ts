<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AttentionModel</name>
        <message numerus="yes">
            <source>%n day(s) in the stage</source>
            <translation>
                <numerusform>%n day in the stage</numerusform>
                <numerusform>%n days in the stage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableModel</name>
        <message numerus="yes">
            <source>Week of %1: %n interaction(s), %2 with an objective</source>
            <translation>
                <numerusform>Week of %1: %n interaction, %2 with an objective</numerusform>
                <numerusform>Week of %1: %n interactions, %2 with an objective</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableWidget</name>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealCardDelegate</name>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message numerus="yes">
            <source>%n deal(s), %1 – %2</source>
            <translation>
                <numerusform>%n deal, %1 – %2</numerusform>
                <numerusform>%n deals, %1 – %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FunnelTableModel</name>
        <message numerus="yes">
            <source>Moved back to an earlier stage during the period (%n stage change(s)).</source>
            <translation>
                <numerusform>Moved back to an earlier stage during the period (%n stage change).</numerusform>
                <numerusform>Moved back to an earlier stage during the period (%n stage changes).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFormatPage</name>
        <message numerus="yes">
            <source>%n footer line(s) after a blank line will be left out.</source>
            <translation>
                <numerusform>%n footer line after a blank line will be left out.</numerusform>
                <numerusform>%n footer lines after a blank line will be left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) do not match the header: %1</source>
            <translation>
                <numerusform>%n line do not match the header: %1</numerusform>
                <numerusform>%n lines do not match the header: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message numerus="yes">
            <source>Checking %Ln row(s) against the workspace…</source>
            <translation>
                <numerusform>Checking %Ln row against the workspace…</numerusform>
                <numerusform>Checking %Ln rows against the workspace…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineBoardPage</name>
        <message numerus="yes">
            <source>%n deal(s) without an exchange rate left out</source>
            <translation>
                <numerusform>%n deal without an exchange rate left out</numerusform>
                <numerusform>%n deals without an exchange rate left out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineService</name>
        <message numerus="yes">
            <source>%n deal(s) are still in this stage. Move them to another stage first.</source>
            <translation>
                <numerusform>%n deal are still in this stage. Move them to another stage first.</numerusform>
                <numerusform>%n deals are still in this stage. Move them to another stage first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepScorecardReport</name>
        <message numerus="yes">
            <source>No customer interaction in the %n week(s) of the period.</source>
            <translation>
                <numerusform>No customer interaction in the %n week of the period.</numerusform>
                <numerusform>No customer interaction in the %n weeks of the period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Customer interactions over %n week(s)</source>
            <translation>
                <numerusform>Customer interactions over %n week</numerusform>
                <numerusform>Customer interactions over %n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message numerus="yes">
            <source>%n page(s) as PDF.</source>
            <translation>
                <numerusform>%n page as PDF.</numerusform>
                <numerusform>%n pages as PDF.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportTextBuilder</name>
        <message numerus="yes">
            <source>… and %n more row(s): the CSV export has them all.</source>
            <translation>
                <numerusform>… and %n more row: the CSV export has them all.</numerusform>
                <numerusform>… and %n more rows: the CSV export has them all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumnHeader</name>
        <message numerus="yes">
            <source>%n deal(s) in %1 not in the sums (no rate)</source>
            <translation>
                <numerusform>%n deal in %1 not in the sums (no rate)</numerusform>
                <numerusform>%n deals in %1 not in the sums (no rate)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not converted</source>
            <translation>
                <numerusform>%n not converted</numerusform>
                <numerusform>%n not converted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumnWidget</name>
        <message numerus="yes">
            <source>%1: %n deal(s), %2</source>
            <translation>
                <numerusform>%1: %n deal, %2</numerusform>
                <numerusform>%1: %n deals, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n deal(s). Click to open the column.</source>
            <translation>
                <numerusform>%1: %n deal. Click to open the column.</numerusform>
                <numerusform>%1: %n deals. Click to open the column.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StrategySheetListModel</name>
        <message numerus="yes">
            <source>⚠ %n</source>
            <translation>
                <numerusform>⚠ %n</numerusform>
                <numerusform>⚠ %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>V2momCascadeView</name>
        <message numerus="yes">
            <source>Supported by %n method(s)</source>
            <translation>
                <numerusform>Supported by %n method</numerusform>
                <numerusform>Supported by %n methods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n method(s)</source>
            <translation>
                <numerusform>%n method</numerusform>
                <numerusform>%n methods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>V2momRefreshView</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since the snapshot of %1: %n change(s) to the sheet.</source>
            <translation>
                <numerusform>Since the snapshot of %1: %n change to the sheet.</numerusform>
                <numerusform>Since the snapshot of %1: %n changes to the sheet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaterfallChart</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WeekPlannerWidget</name>
        <message numerus="yes">
            <source>%1 (%n)</source>
            <translation>
                <numerusform>%1 (%n)</numerusform>
                <numerusform>%1 (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WeeklyReviewReport</name>
        <message numerus="yes">
            <source>Changes in the week (%n change(s))</source>
            <translation>
                <numerusform>Changes in the week (%n change)</numerusform>
                <numerusform>Changes in the week (%n changes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deals that need the manager (%n deal(s))</source>
            <translation>
                <numerusform>Deals that need the manager (%n deal)</numerusform>
                <numerusform>Deals that need the manager (%n deals)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFileController</name>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file, or Open to look at the damaged file read-only.</source>
            <translation>
                <numerusform>The latest good backup is from %1 and holds %n deal. Choose Yes to open it as a copy beside the damaged file, or Open to look at the damaged file read-only.</numerusform>
                <numerusform>The latest good backup is from %1 and holds %n deals. Choose Yes to open it as a copy beside the damaged file, or Open to look at the damaged file read-only.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file.</source>
            <translation>
                <numerusform>The latest good backup is from %1 and holds %n deal. Choose Yes to open it as a copy beside the damaged file.</numerusform>
                <numerusform>The latest good backup is from %1 and holds %n deals. Choose Yes to open it as a copy beside the damaged file.</numerusform>
            </translation>
        </message>
    </context>
</TS>
