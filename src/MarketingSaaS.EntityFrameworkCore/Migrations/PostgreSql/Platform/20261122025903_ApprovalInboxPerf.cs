using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.PostgreSql.Platform
{
    /// <inheritdoc />
    public partial class ApprovalInboxPerf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsWaiting",
                table: "ApprovalStageApprovers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "ApprovalStageApprovers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Existing rows: the request of the stage, and the inbox flag as ApprovalRequest keeps it.
            // The tables force row-level security, also for their owner: see every company's rows for the update.
            migrationBuilder.Sql("""
                SELECT set_config('app.tenant_id', '*', false);
                UPDATE "ApprovalStageApprovers" AS a SET "RequestId" = s."RequestId" FROM "ApprovalStages" AS s WHERE s."Id" = a."StageId";
                UPDATE "ApprovalStageApprovers" AS a SET "IsWaiting" = TRUE WHERE a."State" = 0 AND EXISTS (
                    SELECT 1 FROM "ApprovalStages" AS s JOIN "ApprovalRequests" AS r ON r."Id" = s."RequestId"
                    WHERE s."Id" = a."StageId" AND r."Status" = 0 AND s."Index" = r."CurrentStageIndex");
                SELECT set_config('app.tenant_id', '', false);
                """);

            migrationBuilder.CreateTable(
                name: "OrgChartStamps",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgChartStamps", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalStageApprovers_Waiting",
                table: "ApprovalStageApprovers",
                columns: new[] { "TenantId", "UserId", "RequestId" },
                filter: "\"IsWaiting\"");

            migrationBuilder.CreateIndex(
                name: "IX_OrgChartStamps_TenantId",
                table: "OrgChartStamps",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgChartStamps");

            migrationBuilder.DropIndex(
                name: "IX_ApprovalStageApprovers_Waiting",
                table: "ApprovalStageApprovers");

            migrationBuilder.DropColumn(
                name: "IsWaiting",
                table: "ApprovalStageApprovers");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "ApprovalStageApprovers");
        }
    }
}
