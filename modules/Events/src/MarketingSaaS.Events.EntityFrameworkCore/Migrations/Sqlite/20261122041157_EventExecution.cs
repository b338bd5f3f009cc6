using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventExecution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventAttributedRevenues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("PK_EventAttributedRevenues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventAttributedRevenues_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventExpenses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    SpentOn = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BudgetExpenseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceiptFileId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_EventExpenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventExpenses_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventReviewFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventReviewFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventReviewFollowUps_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalAttainment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResourceEfficiency = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("PK_EventReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventReviews_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventImprovementItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventImprovementItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventImprovementItems_EventReviews_EventReviewId",
                        column: x => x.EventReviewId,
                        principalTable: "EventReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventAttributedRevenues_MarketingEventId",
                table: "EventAttributedRevenues",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventAttributedRevenues_TenantId_MarketingEventId",
                table: "EventAttributedRevenues",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventExpenses_MarketingEventId",
                table: "EventExpenses",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventExpenses_TenantId_MarketingEventId",
                table: "EventExpenses",
                columns: new[] { "TenantId", "MarketingEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventImprovementItems_EventReviewId",
                table: "EventImprovementItems",
                column: "EventReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_EventImprovementItems_TenantId",
                table: "EventImprovementItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReviewFollowUps_MarketingEventId",
                table: "EventReviewFollowUps",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReviewFollowUps_TenantId_MarketingEventId",
                table: "EventReviewFollowUps",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventReviews_MarketingEventId",
                table: "EventReviews",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReviews_TenantId_MarketingEventId",
                table: "EventReviews",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventAttributedRevenues");

            migrationBuilder.DropTable(
                name: "EventExpenses");

            migrationBuilder.DropTable(
                name: "EventImprovementItems");

            migrationBuilder.DropTable(
                name: "EventReviewFollowUps");

            migrationBuilder.DropTable(
                name: "EventReviews");
        }
    }
}
