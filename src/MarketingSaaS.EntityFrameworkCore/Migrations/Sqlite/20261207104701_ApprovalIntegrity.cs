using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApprovalIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FiledForOtherUnit",
                table: "ApprovalRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ReassignedFromUserId",
                table: "ApprovalDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReassignedToUserId",
                table: "ApprovalDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectVersion",
                table: "ApprovalDecisions",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FiledForOtherUnit",
                table: "ApprovalRequests");

            migrationBuilder.DropColumn(
                name: "ReassignedFromUserId",
                table: "ApprovalDecisions");

            migrationBuilder.DropColumn(
                name: "ReassignedToUserId",
                table: "ApprovalDecisions");

            migrationBuilder.DropColumn(
                name: "SubjectVersion",
                table: "ApprovalDecisions");
        }
    }
}
