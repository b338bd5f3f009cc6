using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EventExpenseApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalRequestId",
                schema: "events",
                table: "EventExpenses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                schema: "events",
                table: "EventExpenses",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovalRequestId",
                schema: "events",
                table: "EventExpenses");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "events",
                table: "EventExpenses");
        }
    }
}
