using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EventTemplatePlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventTemplateMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    OffsetFromStartTicks = table.Column<long>(type: "bigint", nullable: false),
                    DayOffset = table.Column<int>(type: "integer", nullable: false),
                    IsKeyDate = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateMilestones_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    ContingencyPlan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateRisks_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    StartDayOffset = table.Column<int>(type: "integer", nullable: false),
                    EndDayOffset = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateTasks_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateTaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventTemplateTaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateTaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateTaskAssignments_EventTemplateTasks_EventTempla~",
                        column: x => x.EventTemplateTaskId,
                        principalTable: "EventTemplateTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateMilestones_EventTemplateId",
                table: "EventTemplateMilestones",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateMilestones_TenantId_EventTemplateId",
                table: "EventTemplateMilestones",
                columns: new[] { "TenantId", "EventTemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateRisks_EventTemplateId",
                table: "EventTemplateRisks",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateRisks_TenantId_EventTemplateId",
                table: "EventTemplateRisks",
                columns: new[] { "TenantId", "EventTemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTaskAssignments_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                column: "EventTemplateTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                columns: new[] { "TenantId", "EventTemplateTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTasks_EventTemplateId",
                table: "EventTemplateTasks",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTasks_TenantId_EventTemplateId",
                table: "EventTemplateTasks",
                columns: new[] { "TenantId", "EventTemplateId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventTemplateMilestones");

            migrationBuilder.DropTable(
                name: "EventTemplateRisks");

            migrationBuilder.DropTable(
                name: "EventTemplateTaskAssignments");

            migrationBuilder.DropTable(
                name: "EventTemplateTasks");
        }
    }
}
