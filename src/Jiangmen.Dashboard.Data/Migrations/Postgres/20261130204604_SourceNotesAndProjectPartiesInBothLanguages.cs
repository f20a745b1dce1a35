using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourceNotesAndProjectPartiesInBothLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Notes",
                table: "Sources",
                newName: "NotesZh");

            migrationBuilder.AddColumn<string>(
                name: "NotesEn",
                table: "Sources",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BeneficiariesEn",
                table: "Projects",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvestorEn",
                table: "Projects",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotesEn",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "BeneficiariesEn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "InvestorEn",
                table: "Projects");

            migrationBuilder.RenameColumn(
                name: "NotesZh",
                table: "Sources",
                newName: "Notes");
        }
    }
}
