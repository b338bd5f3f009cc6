using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.PostgreSql.Platform
{
    /// <inheritdoc />
    public partial class ApprovalReturnToStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RestartedAt",
                table: "ApprovalStages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedToStageIndex",
                table: "ApprovalDecisions",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RestartedAt",
                table: "ApprovalStages");

            migrationBuilder.DropColumn(
                name: "ReturnedToStageIndex",
                table: "ApprovalDecisions");
        }
    }
}
