using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.Sqlite.Platform
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "ApprovalStageApprovers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Existing rows: the request of the stage, and the inbox flag as ApprovalRequest keeps it.
            migrationBuilder.Sql("""
                UPDATE "ApprovalStageApprovers" SET "RequestId" = (SELECT s."RequestId" FROM "ApprovalStages" AS s WHERE s."Id" = "ApprovalStageApprovers"."StageId");
                UPDATE "ApprovalStageApprovers" SET "IsWaiting" = 1 WHERE "State" = 0 AND EXISTS (
                    SELECT 1 FROM "ApprovalStages" AS s JOIN "ApprovalRequests" AS r ON r."Id" = s."RequestId"
                    WHERE s."Id" = "ApprovalStageApprovers"."StageId" AND r."Status" = 0 AND s."Index" = r."CurrentStageIndex");
                """);

            migrationBuilder.CreateTable(
                name: "OrgChartStamps",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
