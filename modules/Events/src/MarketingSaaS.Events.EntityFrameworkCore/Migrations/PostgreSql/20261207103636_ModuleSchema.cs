using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ModuleSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "events");

            migrationBuilder.RenameTable(
                name: "MarketingEvents",
                newName: "MarketingEvents",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplateTasks",
                newName: "EventTemplateTasks",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplateTaskAssignments",
                newName: "EventTemplateTaskAssignments",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplates",
                newName: "EventTemplates",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplateRisks",
                newName: "EventTemplateRisks",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplateMilestones",
                newName: "EventTemplateMilestones",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTemplateBudgetLines",
                newName: "EventTemplateBudgetLines",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTasks",
                newName: "EventTasks",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventTaskAssignments",
                newName: "EventTaskAssignments",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventRisks",
                newName: "EventRisks",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventReviews",
                newName: "EventReviews",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventReviewFollowUps",
                newName: "EventReviewFollowUps",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventRehearsalReminders",
                newName: "EventRehearsalReminders",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventRegistrationSettings",
                newName: "EventRegistrationSettings",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventRegistrations",
                newName: "EventRegistrations",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventMilestones",
                newName: "EventMilestones",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventImprovementItems",
                newName: "EventImprovementItems",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventExpenses",
                newName: "EventExpenses",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventBudgetLines",
                newName: "EventBudgetLines",
                newSchema: "events");

            migrationBuilder.RenameTable(
                name: "EventAttributedRevenues",
                newName: "EventAttributedRevenues",
                newSchema: "events");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "MarketingEvents",
                schema: "events",
                newName: "MarketingEvents");

            migrationBuilder.RenameTable(
                name: "EventTemplateTasks",
                schema: "events",
                newName: "EventTemplateTasks");

            migrationBuilder.RenameTable(
                name: "EventTemplateTaskAssignments",
                schema: "events",
                newName: "EventTemplateTaskAssignments");

            migrationBuilder.RenameTable(
                name: "EventTemplates",
                schema: "events",
                newName: "EventTemplates");

            migrationBuilder.RenameTable(
                name: "EventTemplateRisks",
                schema: "events",
                newName: "EventTemplateRisks");

            migrationBuilder.RenameTable(
                name: "EventTemplateMilestones",
                schema: "events",
                newName: "EventTemplateMilestones");

            migrationBuilder.RenameTable(
                name: "EventTemplateBudgetLines",
                schema: "events",
                newName: "EventTemplateBudgetLines");

            migrationBuilder.RenameTable(
                name: "EventTasks",
                schema: "events",
                newName: "EventTasks");

            migrationBuilder.RenameTable(
                name: "EventTaskAssignments",
                schema: "events",
                newName: "EventTaskAssignments");

            migrationBuilder.RenameTable(
                name: "EventRisks",
                schema: "events",
                newName: "EventRisks");

            migrationBuilder.RenameTable(
                name: "EventReviews",
                schema: "events",
                newName: "EventReviews");

            migrationBuilder.RenameTable(
                name: "EventReviewFollowUps",
                schema: "events",
                newName: "EventReviewFollowUps");

            migrationBuilder.RenameTable(
                name: "EventRehearsalReminders",
                schema: "events",
                newName: "EventRehearsalReminders");

            migrationBuilder.RenameTable(
                name: "EventRegistrationSettings",
                schema: "events",
                newName: "EventRegistrationSettings");

            migrationBuilder.RenameTable(
                name: "EventRegistrations",
                schema: "events",
                newName: "EventRegistrations");

            migrationBuilder.RenameTable(
                name: "EventMilestones",
                schema: "events",
                newName: "EventMilestones");

            migrationBuilder.RenameTable(
                name: "EventImprovementItems",
                schema: "events",
                newName: "EventImprovementItems");

            migrationBuilder.RenameTable(
                name: "EventExpenses",
                schema: "events",
                newName: "EventExpenses");

            migrationBuilder.RenameTable(
                name: "EventBudgetLines",
                schema: "events",
                newName: "EventBudgetLines");

            migrationBuilder.RenameTable(
                name: "EventAttributedRevenues",
                schema: "events",
                newName: "EventAttributedRevenues");
        }
    }
}
