using Microsoft.EntityFrameworkCore.Migrations;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>
/// The data part of migration ModuleOwnedNames (both providers): approval business types stored as enum numbers become
/// the names the platform and modules register, and the event plan template moves from the platform
/// (<c>Documents.EventPlan</c>) to the Events module (<c>Events.EventPlan</c>) with every tenant override and every
/// deliverable naming it. Runs in the migration's transaction; on PostgreSQL it sees every tenant's rows
/// through row-level security (<c>app.tenant_id = '*'</c> for that transaction only).
/// </summary>
public static class ModuleOwnedNamesData
{
    private const string OldEventPlan = "Documents.EventPlan";
    private const string NewEventPlan = "Events.EventPlan";

    /// <summary>The numbers of the former enum ApprovalBusinessType and their names.</summary>
    private static readonly (int Number, string Name)[] BusinessTypes =
    [
        (0, "Events.Event"),
        (1, "Research.ResearchPlan"),
        (2, "PromotionMaterial"),
        (3, "Expense"),
        (4, "BudgetChange"),
        (5, "ProcessStep"),
    ];

    private static readonly string[] BusinessTypeTables = ["ApprovalPolicies", "ApprovalRequests"];

    /// <summary>After the business type columns became strings (the numbers are now their text).</summary>
    public static void Up(MigrationBuilder migrationBuilder, bool postgreSql)
    {
        var cases = string.Concat(BusinessTypes.Select(t => $" WHEN '{t.Number}' THEN '{t.Name}'"));
        var statements = BusinessTypeTables.Select(table => $"""UPDATE "{table}" SET "BusinessType" = CASE "BusinessType"{cases} ELSE "BusinessType" END""")
            .Concat(RenameEventPlan(OldEventPlan, NewEventPlan, postgreSql));
        migrationBuilder.Sql(Script(statements, postgreSql));
    }

    /// <summary>Before the business type columns become numbers again; a name no number stands for stops the migration.</summary>
    public static void Down(MigrationBuilder migrationBuilder, bool postgreSql)
    {
        var cases = string.Concat(BusinessTypes.Select(t => $" WHEN '{t.Name}' THEN '{t.Number}'"));
        var statements = BusinessTypeTables.Select(table => $"""UPDATE "{table}" SET "BusinessType" = CASE "BusinessType"{cases} ELSE "BusinessType" END""")
            .Concat(RenameEventPlan(NewEventPlan, OldEventPlan, postgreSql));
        migrationBuilder.Sql(Script(statements, postgreSql));
    }

    private static IEnumerable<string> RenameEventPlan(string from, string to, bool postgreSql)
    {
        yield return $"""UPDATE "TextTemplateOverrides" SET "Name" = '{to}' WHERE "Name" = '{from}'""";
        yield return $"""UPDATE "ProcessDeliverables" SET "DocumentTemplateName" = '{to}' WHERE "DocumentTemplateName" = '{from}'""";
        // Process template steps keep their deliverables as JSON; the template name is a JSON string there.
        var json = postgreSql ? "\"Deliverables\"::text" : "\"Deliverables\"";
        var back = postgreSql ? "::jsonb" : "";
        yield return $"""UPDATE "ProcessStepDefinitions" SET "Deliverables" = REPLACE({json}, '"{from}"', '"{to}"'){back} WHERE {json} LIKE '%"{from}"%'""";
    }

    private static string Script(IEnumerable<string> statements, bool postgreSql)
    {
        var all = postgreSql ? statements.Prepend("SELECT set_config('app.tenant_id', '*', true)") : statements;
        return string.Join(";\n", all) + ";";
    }
}
