using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventExpenseApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalRequestId",
                table: "Events_EventExpenses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Events_EventExpenses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovalRequestId",
                table: "Events_EventExpenses");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Events_EventExpenses");
        }
    }
}
