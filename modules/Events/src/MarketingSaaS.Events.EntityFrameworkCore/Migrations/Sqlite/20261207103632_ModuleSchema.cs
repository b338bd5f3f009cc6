using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModuleSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EventAttributedRevenues_MarketingEvents_MarketingEventId",
                table: "EventAttributedRevenues");

            migrationBuilder.DropForeignKey(
                name: "FK_EventBudgetLines_MarketingEvents_MarketingEventId",
                table: "EventBudgetLines");

            migrationBuilder.DropForeignKey(
                name: "FK_EventExpenses_MarketingEvents_MarketingEventId",
                table: "EventExpenses");

            migrationBuilder.DropForeignKey(
                name: "FK_EventImprovementItems_EventReviews_EventReviewId",
                table: "EventImprovementItems");

            migrationBuilder.DropForeignKey(
                name: "FK_EventMilestones_MarketingEvents_MarketingEventId",
                table: "EventMilestones");

            migrationBuilder.DropForeignKey(
                name: "FK_EventRehearsalReminders_MarketingEvents_MarketingEventId",
                table: "EventRehearsalReminders");

            migrationBuilder.DropForeignKey(
                name: "FK_EventReviewFollowUps_MarketingEvents_MarketingEventId",
                table: "EventReviewFollowUps");

            migrationBuilder.DropForeignKey(
                name: "FK_EventReviews_MarketingEvents_MarketingEventId",
                table: "EventReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_EventRisks_MarketingEvents_MarketingEventId",
                table: "EventRisks");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTaskAssignments_EventTasks_EventTaskId",
                table: "EventTaskAssignments");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTasks_MarketingEvents_MarketingEventId",
                table: "EventTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTemplateBudgetLines_EventTemplates_EventTemplateId",
                table: "EventTemplateBudgetLines");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTemplateMilestones_EventTemplates_EventTemplateId",
                table: "EventTemplateMilestones");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTemplateRisks_EventTemplates_EventTemplateId",
                table: "EventTemplateRisks");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTemplateTaskAssignments_EventTemplateTasks_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments");

            migrationBuilder.DropForeignKey(
                name: "FK_EventTemplateTasks_EventTemplates_EventTemplateId",
                table: "EventTemplateTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MarketingEvents",
                table: "MarketingEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplateTasks",
                table: "EventTemplateTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplateTaskAssignments",
                table: "EventTemplateTaskAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplates",
                table: "EventTemplates");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplateRisks",
                table: "EventTemplateRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplateMilestones",
                table: "EventTemplateMilestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTemplateBudgetLines",
                table: "EventTemplateBudgetLines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTasks",
                table: "EventTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventTaskAssignments",
                table: "EventTaskAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventRisks",
                table: "EventRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventReviews",
                table: "EventReviews");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventReviewFollowUps",
                table: "EventReviewFollowUps");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventRehearsalReminders",
                table: "EventRehearsalReminders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventRegistrationSettings",
                table: "EventRegistrationSettings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventRegistrations",
                table: "EventRegistrations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventMilestones",
                table: "EventMilestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventImprovementItems",
                table: "EventImprovementItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventExpenses",
                table: "EventExpenses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventBudgetLines",
                table: "EventBudgetLines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventAttributedRevenues",
                table: "EventAttributedRevenues");

            migrationBuilder.RenameTable(
                name: "MarketingEvents",
                newName: "Events_MarketingEvents");

            migrationBuilder.RenameTable(
                name: "EventTemplateTasks",
                newName: "Events_EventTemplateTasks");

            migrationBuilder.RenameTable(
                name: "EventTemplateTaskAssignments",
                newName: "Events_EventTemplateTaskAssignments");

            migrationBuilder.RenameTable(
                name: "EventTemplates",
                newName: "Events_EventTemplates");

            migrationBuilder.RenameTable(
                name: "EventTemplateRisks",
                newName: "Events_EventTemplateRisks");

            migrationBuilder.RenameTable(
                name: "EventTemplateMilestones",
                newName: "Events_EventTemplateMilestones");

            migrationBuilder.RenameTable(
                name: "EventTemplateBudgetLines",
                newName: "Events_EventTemplateBudgetLines");

            migrationBuilder.RenameTable(
                name: "EventTasks",
                newName: "Events_EventTasks");

            migrationBuilder.RenameTable(
                name: "EventTaskAssignments",
                newName: "Events_EventTaskAssignments");

            migrationBuilder.RenameTable(
                name: "EventRisks",
                newName: "Events_EventRisks");

            migrationBuilder.RenameTable(
                name: "EventReviews",
                newName: "Events_EventReviews");

            migrationBuilder.RenameTable(
                name: "EventReviewFollowUps",
                newName: "Events_EventReviewFollowUps");

            migrationBuilder.RenameTable(
                name: "EventRehearsalReminders",
                newName: "Events_EventRehearsalReminders");

            migrationBuilder.RenameTable(
                name: "EventRegistrationSettings",
                newName: "Events_EventRegistrationSettings");

            migrationBuilder.RenameTable(
                name: "EventRegistrations",
                newName: "Events_EventRegistrations");

            migrationBuilder.RenameTable(
                name: "EventMilestones",
                newName: "Events_EventMilestones");

            migrationBuilder.RenameTable(
                name: "EventImprovementItems",
                newName: "Events_EventImprovementItems");

            migrationBuilder.RenameTable(
                name: "EventExpenses",
                newName: "Events_EventExpenses");

            migrationBuilder.RenameTable(
                name: "EventBudgetLines",
                newName: "Events_EventBudgetLines");

            migrationBuilder.RenameTable(
                name: "EventAttributedRevenues",
                newName: "Events_EventAttributedRevenues");

            migrationBuilder.RenameIndex(
                name: "IX_MarketingEvents_TenantId_Status",
                table: "Events_MarketingEvents",
                newName: "IX_Events_MarketingEvents_TenantId_Status");

            migrationBuilder.RenameIndex(
                name: "IX_MarketingEvents_TenantId_StartTime",
                table: "Events_MarketingEvents",
                newName: "IX_Events_MarketingEvents_TenantId_StartTime");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateTasks_TenantId_EventTemplateId",
                table: "Events_EventTemplateTasks",
                newName: "IX_Events_EventTemplateTasks_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateTasks_EventTemplateId",
                table: "Events_EventTemplateTasks",
                newName: "IX_Events_EventTemplateTasks_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId",
                table: "Events_EventTemplateTaskAssignments",
                newName: "IX_Events_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateTaskAssignments_EventTemplateTaskId",
                table: "Events_EventTemplateTaskAssignments",
                newName: "IX_Events_EventTemplateTaskAssignments_EventTemplateTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplates_TenantId_Name",
                table: "Events_EventTemplates",
                newName: "IX_Events_EventTemplates_TenantId_Name");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateRisks_TenantId_EventTemplateId",
                table: "Events_EventTemplateRisks",
                newName: "IX_Events_EventTemplateRisks_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateRisks_EventTemplateId",
                table: "Events_EventTemplateRisks",
                newName: "IX_Events_EventTemplateRisks_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateMilestones_TenantId_EventTemplateId",
                table: "Events_EventTemplateMilestones",
                newName: "IX_Events_EventTemplateMilestones_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateMilestones_EventTemplateId",
                table: "Events_EventTemplateMilestones",
                newName: "IX_Events_EventTemplateMilestones_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateBudgetLines_TenantId",
                table: "Events_EventTemplateBudgetLines",
                newName: "IX_Events_EventTemplateBudgetLines_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTemplateBudgetLines_EventTemplateId",
                table: "Events_EventTemplateBudgetLines",
                newName: "IX_Events_EventTemplateBudgetLines_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTasks_TenantId_MarketingEventId_StartDate",
                table: "Events_EventTasks",
                newName: "IX_Events_EventTasks_TenantId_MarketingEventId_StartDate");

            migrationBuilder.RenameIndex(
                name: "IX_EventTasks_MarketingEventId",
                table: "Events_EventTasks",
                newName: "IX_Events_EventTasks_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTaskAssignments_TenantId_EventTaskId",
                table: "Events_EventTaskAssignments",
                newName: "IX_Events_EventTaskAssignments_TenantId_EventTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_EventTaskAssignments_EventTaskId",
                table: "Events_EventTaskAssignments",
                newName: "IX_Events_EventTaskAssignments_EventTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRisks_TenantId_MarketingEventId",
                table: "Events_EventRisks",
                newName: "IX_Events_EventRisks_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRisks_MarketingEventId",
                table: "Events_EventRisks",
                newName: "IX_Events_EventRisks_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventReviews_TenantId_MarketingEventId",
                table: "Events_EventReviews",
                newName: "IX_Events_EventReviews_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventReviews_MarketingEventId",
                table: "Events_EventReviews",
                newName: "IX_Events_EventReviews_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventReviewFollowUps_TenantId_MarketingEventId",
                table: "Events_EventReviewFollowUps",
                newName: "IX_Events_EventReviewFollowUps_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventReviewFollowUps_MarketingEventId",
                table: "Events_EventReviewFollowUps",
                newName: "IX_Events_EventReviewFollowUps_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRehearsalReminders_TenantId_SubjectId",
                table: "Events_EventRehearsalReminders",
                newName: "IX_Events_EventRehearsalReminders_TenantId_SubjectId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRehearsalReminders_MarketingEventId",
                table: "Events_EventRehearsalReminders",
                newName: "IX_Events_EventRehearsalReminders_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRegistrationSettings_TenantId",
                table: "Events_EventRegistrationSettings",
                newName: "IX_Events_EventRegistrationSettings_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRegistrations_TenantId_CheckInCode",
                table: "Events_EventRegistrations",
                newName: "IX_Events_EventRegistrations_TenantId_CheckInCode");

            migrationBuilder.RenameIndex(
                name: "IX_EventRegistrations_EventId_Status_RegisteredAt",
                table: "Events_EventRegistrations",
                newName: "IX_Events_EventRegistrations_EventId_Status_RegisteredAt");

            migrationBuilder.RenameIndex(
                name: "IX_EventRegistrations_EventId_Email",
                table: "Events_EventRegistrations",
                newName: "IX_Events_EventRegistrations_EventId_Email");

            migrationBuilder.RenameIndex(
                name: "IX_EventMilestones_TenantId_MarketingEventId_Date",
                table: "Events_EventMilestones",
                newName: "IX_Events_EventMilestones_TenantId_MarketingEventId_Date");

            migrationBuilder.RenameIndex(
                name: "IX_EventMilestones_TenantId_IsKeyDate_Date",
                table: "Events_EventMilestones",
                newName: "IX_Events_EventMilestones_TenantId_IsKeyDate_Date");

            migrationBuilder.RenameIndex(
                name: "IX_EventMilestones_MarketingEventId",
                table: "Events_EventMilestones",
                newName: "IX_Events_EventMilestones_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventImprovementItems_TenantId",
                table: "Events_EventImprovementItems",
                newName: "IX_Events_EventImprovementItems_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_EventImprovementItems_EventReviewId",
                table: "Events_EventImprovementItems",
                newName: "IX_Events_EventImprovementItems_EventReviewId");

            migrationBuilder.RenameIndex(
                name: "IX_EventExpenses_TenantId_MarketingEventId",
                table: "Events_EventExpenses",
                newName: "IX_Events_EventExpenses_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventExpenses_MarketingEventId",
                table: "Events_EventExpenses",
                newName: "IX_Events_EventExpenses_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventBudgetLines_TenantId",
                table: "Events_EventBudgetLines",
                newName: "IX_Events_EventBudgetLines_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_EventBudgetLines_MarketingEventId",
                table: "Events_EventBudgetLines",
                newName: "IX_Events_EventBudgetLines_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventAttributedRevenues_TenantId_MarketingEventId",
                table: "Events_EventAttributedRevenues",
                newName: "IX_Events_EventAttributedRevenues_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_EventAttributedRevenues_MarketingEventId",
                table: "Events_EventAttributedRevenues",
                newName: "IX_Events_EventAttributedRevenues_MarketingEventId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_MarketingEvents",
                table: "Events_MarketingEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplateTasks",
                table: "Events_EventTemplateTasks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplateTaskAssignments",
                table: "Events_EventTemplateTaskAssignments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplates",
                table: "Events_EventTemplates",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplateRisks",
                table: "Events_EventTemplateRisks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplateMilestones",
                table: "Events_EventTemplateMilestones",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTemplateBudgetLines",
                table: "Events_EventTemplateBudgetLines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTasks",
                table: "Events_EventTasks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventTaskAssignments",
                table: "Events_EventTaskAssignments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventRisks",
                table: "Events_EventRisks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventReviews",
                table: "Events_EventReviews",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventReviewFollowUps",
                table: "Events_EventReviewFollowUps",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventRehearsalReminders",
                table: "Events_EventRehearsalReminders",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventRegistrationSettings",
                table: "Events_EventRegistrationSettings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventRegistrations",
                table: "Events_EventRegistrations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventMilestones",
                table: "Events_EventMilestones",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventImprovementItems",
                table: "Events_EventImprovementItems",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventExpenses",
                table: "Events_EventExpenses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventBudgetLines",
                table: "Events_EventBudgetLines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Events_EventAttributedRevenues",
                table: "Events_EventAttributedRevenues",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventAttributedRevenues_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventAttributedRevenues",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventBudgetLines_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventBudgetLines",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventExpenses_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventExpenses",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventImprovementItems_Events_EventReviews_EventReviewId",
                table: "Events_EventImprovementItems",
                column: "EventReviewId",
                principalTable: "Events_EventReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventMilestones_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventMilestones",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventRehearsalReminders_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventRehearsalReminders",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventReviewFollowUps_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventReviewFollowUps",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventReviews_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventReviews",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventRisks_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventRisks",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTaskAssignments_Events_EventTasks_EventTaskId",
                table: "Events_EventTaskAssignments",
                column: "EventTaskId",
                principalTable: "Events_EventTasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTasks_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventTasks",
                column: "MarketingEventId",
                principalTable: "Events_MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTemplateBudgetLines_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateBudgetLines",
                column: "EventTemplateId",
                principalTable: "Events_EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTemplateMilestones_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateMilestones",
                column: "EventTemplateId",
                principalTable: "Events_EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTemplateRisks_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateRisks",
                column: "EventTemplateId",
                principalTable: "Events_EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTemplateTaskAssignments_Events_EventTemplateTasks_EventTemplateTaskId",
                table: "Events_EventTemplateTaskAssignments",
                column: "EventTemplateTaskId",
                principalTable: "Events_EventTemplateTasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventTemplateTasks_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateTasks",
                column: "EventTemplateId",
                principalTable: "Events_EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventAttributedRevenues_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventAttributedRevenues");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventBudgetLines_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventBudgetLines");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventExpenses_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventExpenses");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventImprovementItems_Events_EventReviews_EventReviewId",
                table: "Events_EventImprovementItems");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventMilestones_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventMilestones");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventRehearsalReminders_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventRehearsalReminders");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventReviewFollowUps_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventReviewFollowUps");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventReviews_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventRisks_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventRisks");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTaskAssignments_Events_EventTasks_EventTaskId",
                table: "Events_EventTaskAssignments");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTasks_Events_MarketingEvents_MarketingEventId",
                table: "Events_EventTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTemplateBudgetLines_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateBudgetLines");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTemplateMilestones_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateMilestones");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTemplateRisks_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateRisks");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTemplateTaskAssignments_Events_EventTemplateTasks_EventTemplateTaskId",
                table: "Events_EventTemplateTaskAssignments");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventTemplateTasks_Events_EventTemplates_EventTemplateId",
                table: "Events_EventTemplateTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_MarketingEvents",
                table: "Events_MarketingEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplateTasks",
                table: "Events_EventTemplateTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplateTaskAssignments",
                table: "Events_EventTemplateTaskAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplates",
                table: "Events_EventTemplates");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplateRisks",
                table: "Events_EventTemplateRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplateMilestones",
                table: "Events_EventTemplateMilestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTemplateBudgetLines",
                table: "Events_EventTemplateBudgetLines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTasks",
                table: "Events_EventTasks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventTaskAssignments",
                table: "Events_EventTaskAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventRisks",
                table: "Events_EventRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventReviews",
                table: "Events_EventReviews");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventReviewFollowUps",
                table: "Events_EventReviewFollowUps");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventRehearsalReminders",
                table: "Events_EventRehearsalReminders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventRegistrationSettings",
                table: "Events_EventRegistrationSettings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventRegistrations",
                table: "Events_EventRegistrations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventMilestones",
                table: "Events_EventMilestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventImprovementItems",
                table: "Events_EventImprovementItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventExpenses",
                table: "Events_EventExpenses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventBudgetLines",
                table: "Events_EventBudgetLines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Events_EventAttributedRevenues",
                table: "Events_EventAttributedRevenues");

            migrationBuilder.RenameTable(
                name: "Events_MarketingEvents",
                newName: "MarketingEvents");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplateTasks",
                newName: "EventTemplateTasks");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplateTaskAssignments",
                newName: "EventTemplateTaskAssignments");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplates",
                newName: "EventTemplates");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplateRisks",
                newName: "EventTemplateRisks");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplateMilestones",
                newName: "EventTemplateMilestones");

            migrationBuilder.RenameTable(
                name: "Events_EventTemplateBudgetLines",
                newName: "EventTemplateBudgetLines");

            migrationBuilder.RenameTable(
                name: "Events_EventTasks",
                newName: "EventTasks");

            migrationBuilder.RenameTable(
                name: "Events_EventTaskAssignments",
                newName: "EventTaskAssignments");

            migrationBuilder.RenameTable(
                name: "Events_EventRisks",
                newName: "EventRisks");

            migrationBuilder.RenameTable(
                name: "Events_EventReviews",
                newName: "EventReviews");

            migrationBuilder.RenameTable(
                name: "Events_EventReviewFollowUps",
                newName: "EventReviewFollowUps");

            migrationBuilder.RenameTable(
                name: "Events_EventRehearsalReminders",
                newName: "EventRehearsalReminders");

            migrationBuilder.RenameTable(
                name: "Events_EventRegistrationSettings",
                newName: "EventRegistrationSettings");

            migrationBuilder.RenameTable(
                name: "Events_EventRegistrations",
                newName: "EventRegistrations");

            migrationBuilder.RenameTable(
                name: "Events_EventMilestones",
                newName: "EventMilestones");

            migrationBuilder.RenameTable(
                name: "Events_EventImprovementItems",
                newName: "EventImprovementItems");

            migrationBuilder.RenameTable(
                name: "Events_EventExpenses",
                newName: "EventExpenses");

            migrationBuilder.RenameTable(
                name: "Events_EventBudgetLines",
                newName: "EventBudgetLines");

            migrationBuilder.RenameTable(
                name: "Events_EventAttributedRevenues",
                newName: "EventAttributedRevenues");

            migrationBuilder.RenameIndex(
                name: "IX_Events_MarketingEvents_TenantId_Status",
                table: "MarketingEvents",
                newName: "IX_MarketingEvents_TenantId_Status");

            migrationBuilder.RenameIndex(
                name: "IX_Events_MarketingEvents_TenantId_StartTime",
                table: "MarketingEvents",
                newName: "IX_MarketingEvents_TenantId_StartTime");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateTasks_TenantId_EventTemplateId",
                table: "EventTemplateTasks",
                newName: "IX_EventTemplateTasks_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateTasks_EventTemplateId",
                table: "EventTemplateTasks",
                newName: "IX_EventTemplateTasks_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                newName: "IX_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateTaskAssignments_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                newName: "IX_EventTemplateTaskAssignments_EventTemplateTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplates_TenantId_Name",
                table: "EventTemplates",
                newName: "IX_EventTemplates_TenantId_Name");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateRisks_TenantId_EventTemplateId",
                table: "EventTemplateRisks",
                newName: "IX_EventTemplateRisks_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateRisks_EventTemplateId",
                table: "EventTemplateRisks",
                newName: "IX_EventTemplateRisks_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateMilestones_TenantId_EventTemplateId",
                table: "EventTemplateMilestones",
                newName: "IX_EventTemplateMilestones_TenantId_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateMilestones_EventTemplateId",
                table: "EventTemplateMilestones",
                newName: "IX_EventTemplateMilestones_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateBudgetLines_TenantId",
                table: "EventTemplateBudgetLines",
                newName: "IX_EventTemplateBudgetLines_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTemplateBudgetLines_EventTemplateId",
                table: "EventTemplateBudgetLines",
                newName: "IX_EventTemplateBudgetLines_EventTemplateId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTasks_TenantId_MarketingEventId_StartDate",
                table: "EventTasks",
                newName: "IX_EventTasks_TenantId_MarketingEventId_StartDate");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTasks_MarketingEventId",
                table: "EventTasks",
                newName: "IX_EventTasks_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTaskAssignments_TenantId_EventTaskId",
                table: "EventTaskAssignments",
                newName: "IX_EventTaskAssignments_TenantId_EventTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventTaskAssignments_EventTaskId",
                table: "EventTaskAssignments",
                newName: "IX_EventTaskAssignments_EventTaskId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRisks_TenantId_MarketingEventId",
                table: "EventRisks",
                newName: "IX_EventRisks_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRisks_MarketingEventId",
                table: "EventRisks",
                newName: "IX_EventRisks_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventReviews_TenantId_MarketingEventId",
                table: "EventReviews",
                newName: "IX_EventReviews_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventReviews_MarketingEventId",
                table: "EventReviews",
                newName: "IX_EventReviews_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventReviewFollowUps_TenantId_MarketingEventId",
                table: "EventReviewFollowUps",
                newName: "IX_EventReviewFollowUps_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventReviewFollowUps_MarketingEventId",
                table: "EventReviewFollowUps",
                newName: "IX_EventReviewFollowUps_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRehearsalReminders_TenantId_SubjectId",
                table: "EventRehearsalReminders",
                newName: "IX_EventRehearsalReminders_TenantId_SubjectId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRehearsalReminders_MarketingEventId",
                table: "EventRehearsalReminders",
                newName: "IX_EventRehearsalReminders_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRegistrationSettings_TenantId",
                table: "EventRegistrationSettings",
                newName: "IX_EventRegistrationSettings_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRegistrations_TenantId_CheckInCode",
                table: "EventRegistrations",
                newName: "IX_EventRegistrations_TenantId_CheckInCode");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRegistrations_EventId_Status_RegisteredAt",
                table: "EventRegistrations",
                newName: "IX_EventRegistrations_EventId_Status_RegisteredAt");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventRegistrations_EventId_Email",
                table: "EventRegistrations",
                newName: "IX_EventRegistrations_EventId_Email");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventMilestones_TenantId_MarketingEventId_Date",
                table: "EventMilestones",
                newName: "IX_EventMilestones_TenantId_MarketingEventId_Date");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventMilestones_TenantId_IsKeyDate_Date",
                table: "EventMilestones",
                newName: "IX_EventMilestones_TenantId_IsKeyDate_Date");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventMilestones_MarketingEventId",
                table: "EventMilestones",
                newName: "IX_EventMilestones_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventImprovementItems_TenantId",
                table: "EventImprovementItems",
                newName: "IX_EventImprovementItems_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventImprovementItems_EventReviewId",
                table: "EventImprovementItems",
                newName: "IX_EventImprovementItems_EventReviewId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventExpenses_TenantId_MarketingEventId",
                table: "EventExpenses",
                newName: "IX_EventExpenses_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventExpenses_MarketingEventId",
                table: "EventExpenses",
                newName: "IX_EventExpenses_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventBudgetLines_TenantId",
                table: "EventBudgetLines",
                newName: "IX_EventBudgetLines_TenantId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventBudgetLines_MarketingEventId",
                table: "EventBudgetLines",
                newName: "IX_EventBudgetLines_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventAttributedRevenues_TenantId_MarketingEventId",
                table: "EventAttributedRevenues",
                newName: "IX_EventAttributedRevenues_TenantId_MarketingEventId");

            migrationBuilder.RenameIndex(
                name: "IX_Events_EventAttributedRevenues_MarketingEventId",
                table: "EventAttributedRevenues",
                newName: "IX_EventAttributedRevenues_MarketingEventId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MarketingEvents",
                table: "MarketingEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplateTasks",
                table: "EventTemplateTasks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplateTaskAssignments",
                table: "EventTemplateTaskAssignments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplates",
                table: "EventTemplates",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplateRisks",
                table: "EventTemplateRisks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplateMilestones",
                table: "EventTemplateMilestones",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTemplateBudgetLines",
                table: "EventTemplateBudgetLines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTasks",
                table: "EventTasks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventTaskAssignments",
                table: "EventTaskAssignments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventRisks",
                table: "EventRisks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventReviews",
                table: "EventReviews",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventReviewFollowUps",
                table: "EventReviewFollowUps",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventRehearsalReminders",
                table: "EventRehearsalReminders",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventRegistrationSettings",
                table: "EventRegistrationSettings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventRegistrations",
                table: "EventRegistrations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventMilestones",
                table: "EventMilestones",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventImprovementItems",
                table: "EventImprovementItems",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventExpenses",
                table: "EventExpenses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventBudgetLines",
                table: "EventBudgetLines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventAttributedRevenues",
                table: "EventAttributedRevenues",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_EventAttributedRevenues_MarketingEvents_MarketingEventId",
                table: "EventAttributedRevenues",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventBudgetLines_MarketingEvents_MarketingEventId",
                table: "EventBudgetLines",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventExpenses_MarketingEvents_MarketingEventId",
                table: "EventExpenses",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventImprovementItems_EventReviews_EventReviewId",
                table: "EventImprovementItems",
                column: "EventReviewId",
                principalTable: "EventReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventMilestones_MarketingEvents_MarketingEventId",
                table: "EventMilestones",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventRehearsalReminders_MarketingEvents_MarketingEventId",
                table: "EventRehearsalReminders",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventReviewFollowUps_MarketingEvents_MarketingEventId",
                table: "EventReviewFollowUps",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventReviews_MarketingEvents_MarketingEventId",
                table: "EventReviews",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventRisks_MarketingEvents_MarketingEventId",
                table: "EventRisks",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTaskAssignments_EventTasks_EventTaskId",
                table: "EventTaskAssignments",
                column: "EventTaskId",
                principalTable: "EventTasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTasks_MarketingEvents_MarketingEventId",
                table: "EventTasks",
                column: "MarketingEventId",
                principalTable: "MarketingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTemplateBudgetLines_EventTemplates_EventTemplateId",
                table: "EventTemplateBudgetLines",
                column: "EventTemplateId",
                principalTable: "EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTemplateMilestones_EventTemplates_EventTemplateId",
                table: "EventTemplateMilestones",
                column: "EventTemplateId",
                principalTable: "EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTemplateRisks_EventTemplates_EventTemplateId",
                table: "EventTemplateRisks",
                column: "EventTemplateId",
                principalTable: "EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTemplateTaskAssignments_EventTemplateTasks_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                column: "EventTemplateTaskId",
                principalTable: "EventTemplateTasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EventTemplateTasks_EventTemplates_EventTemplateId",
                table: "EventTemplateTasks",
                column: "EventTemplateId",
                principalTable: "EventTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
