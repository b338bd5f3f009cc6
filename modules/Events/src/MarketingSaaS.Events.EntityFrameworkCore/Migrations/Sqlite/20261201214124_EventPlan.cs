using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Date = table.Column<long>(type: "INTEGER", nullable: false),
                    IsKeyDate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventMilestones_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventRehearsalReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentFor = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRehearsalReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventRehearsalReminders_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    ContingencyPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventRisks_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTasks_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventTaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTaskAssignments_EventTasks_EventTaskId",
                        column: x => x.EventTaskId,
                        principalTable: "EventTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_MarketingEventId",
                table: "EventMilestones",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_TenantId_IsKeyDate_Date",
                table: "EventMilestones",
                columns: new[] { "TenantId", "IsKeyDate", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_TenantId_MarketingEventId_Date",
                table: "EventMilestones",
                columns: new[] { "TenantId", "MarketingEventId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRehearsalReminders_MarketingEventId",
                table: "EventRehearsalReminders",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRehearsalReminders_TenantId_SubjectId",
                table: "EventRehearsalReminders",
                columns: new[] { "TenantId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRisks_MarketingEventId",
                table: "EventRisks",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRisks_TenantId_MarketingEventId",
                table: "EventRisks",
                columns: new[] { "TenantId", "MarketingEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTaskAssignments_EventTaskId",
                table: "EventTaskAssignments",
                column: "EventTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTaskAssignments_TenantId_EventTaskId",
                table: "EventTaskAssignments",
                columns: new[] { "TenantId", "EventTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTasks_MarketingEventId",
                table: "EventTasks",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTasks_TenantId_MarketingEventId_StartDate",
                table: "EventTasks",
                columns: new[] { "TenantId", "MarketingEventId", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventMilestones");

            migrationBuilder.DropTable(
                name: "EventRehearsalReminders");

            migrationBuilder.DropTable(
                name: "EventRisks");

            migrationBuilder.DropTable(
                name: "EventTaskAssignments");

            migrationBuilder.DropTable(
                name: "EventTasks");
        }
    }
}
