using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.PostgreSql.Platform
{
    /// <inheritdoc />
    public partial class ApprovalSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueNotifiedAt",
                table: "ProcessSteps",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalatedAt",
                table: "ApprovalStages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "ApprovalStages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AddedByEscalation",
                table: "ApprovalStageApprovers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OverdueNotifiedAt",
                table: "ProcessSteps");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "ApprovalStages");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "ApprovalStages");

            migrationBuilder.DropColumn(
                name: "AddedByEscalation",
                table: "ApprovalStageApprovers");
        }
    }
}
