package org.tracebench.sheets;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles an attachment workbook uses, created once per workbook (a style per cell would hit
 * Excel's style limit and slow large exports).
 */
final class SheetStyles {

    /**
     * How dates and times show: {@link org.tracebench.calltable.CallWording#TIMESTAMP_PATTERN} in Excel's
     * terms, the letter's "Aug 24, 2021 20:05" ("hh" without AM/PM is the 24-hour clock). The zone is in the
     * headers and the subtitle rather than in the format, because a quoted "UTC" literal makes readers such
     * as POI's DateUtil stop recognising the cell as a date.
     */
    static final String DATE_TIME_FORMAT = "mmm dd, yyyy hh:mm";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle wrapped;
    final CellStyle quotedWrapped;
    final CellStyle dateTime;
    final CellStyle number;
    final CellStyle totalLabel;
    final CellStyle totalNumber;

    SheetStyles(Workbook workbook) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        Font subtitleFont = workbook.createFont();
        subtitleFont.setItalic(true);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(subtitleFont);

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.MEDIUM);

        text = bordered(workbook);
        quotedText = bordered(workbook);
        quotedText.setQuotePrefixed(true);
        wrapped = bordered(workbook);
        wrapped.setWrapText(true);
        quotedWrapped = bordered(workbook);
        quotedWrapped.setWrapText(true);
        quotedWrapped.setQuotePrefixed(true);
        dateTime = bordered(workbook);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
        // Left, like the wrapped multi-timestamp cells of the same column.
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        totalLabel = bordered(workbook);
        totalLabel.setFont(bold);
        totalNumber = bordered(workbook);
        totalNumber.setFont(bold);
        totalNumber.setDataFormat(number.getDataFormat());
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
