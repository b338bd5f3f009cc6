using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketingEventDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalRequestId",
                table: "MarketingEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Goal",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSpecial",
                table: "MarketingEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OnlineLink",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerUnitId",
                table: "MarketingEvents",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RiskTier",
                table: "MarketingEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TargetAudience",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Theme",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueCanvasTakeAway",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueCanvasWhyCome",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueCanvasWillShare",
                table: "MarketingEvents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventBudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventBudgetLines_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventBudgetLines_MarketingEventId",
                table: "EventBudgetLines",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventBudgetLines_TenantId",
                table: "EventBudgetLines",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventBudgetLines");

            migrationBuilder.DropColumn(
                name: "ApprovalRequestId",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "Goal",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "IsSpecial",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "OnlineLink",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "OwnerUnitId",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "RiskTier",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "TargetAudience",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "Theme",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "ValueCanvasTakeAway",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "ValueCanvasWhyCome",
                table: "MarketingEvents");

            migrationBuilder.DropColumn(
                name: "ValueCanvasWillShare",
                table: "MarketingEvents");
        }
    }
}
