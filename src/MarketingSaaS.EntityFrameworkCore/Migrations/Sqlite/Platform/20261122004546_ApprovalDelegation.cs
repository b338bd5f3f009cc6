using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.Sqlite.Platform
{
    /// <inheritdoc />
    public partial class ApprovalDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalRequestId",
                table: "ProcessSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionSequence",
                table: "ApprovalStageApprovers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfUserId",
                table: "ApprovalDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PreviousAmount",
                table: "ApprovalDecisions",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RelatedSequence",
                table: "ApprovalDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApprovalDelegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegateUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    IsRevoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevocationTime = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalDelegations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDelegations_TenantId_DelegateUserId",
                table: "ApprovalDelegations",
                columns: new[] { "TenantId", "DelegateUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDelegations_TenantId_DelegatorUserId",
                table: "ApprovalDelegations",
                columns: new[] { "TenantId", "DelegatorUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalDelegations");

            migrationBuilder.DropColumn(
                name: "ApprovalRequestId",
                table: "ProcessSteps");

            migrationBuilder.DropColumn(
                name: "DecisionSequence",
                table: "ApprovalStageApprovers");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfUserId",
                table: "ApprovalDecisions");

            migrationBuilder.DropColumn(
                name: "PreviousAmount",
                table: "ApprovalDecisions");

            migrationBuilder.DropColumn(
                name: "RelatedSequence",
                table: "ApprovalDecisions");
        }
    }
}
